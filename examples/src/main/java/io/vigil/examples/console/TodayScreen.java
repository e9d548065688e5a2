package io.vigil.examples.console;

import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Coverage;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.RollCallStatus.State;
import io.vigil.alerting.port.in.RollCallView;
import io.vigil.alerting.port.in.RollCallViewQuery;
import io.vigil.alerting.port.in.TestResult;
import io.vigil.awareness.domain.CourseStatus;
import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.awareness.port.in.ComplianceReport;
import io.vigil.crisis.domain.Activation;
import io.vigil.crisis.domain.DrillDue;
import io.vigil.crisis.domain.Exercise;
import io.vigil.crisis.domain.ExerciseKind;
import io.vigil.crisis.domain.PlanDue;
import io.vigil.crisis.domain.SitrepTopic;
import io.vigil.crisis.port.in.OverdueReport;
import io.vigil.documents.port.in.MissingAcknowledgements;
import io.vigil.guard.port.in.PerformanceReviewDue;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.port.in.OverdueItem;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.MovementStatus;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.risk.domain.DueCheck;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.port.in.RiskUseCases;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The officer's today page: the open roll-calls with their counts (refreshed every few seconds),
 * the advisories in force, who is on call now and the next gap in the coming week, and what is
 * overdue across the contexts, each linking to its record's page: assessment reviews, equipment
 * tests and checks, expired training, drills and drill follow-up actions, the crisis plan's review
 * and test, situation-report updates, movements that missed a call-in, late written incident
 * reports, incident follow-up actions, guard-force performance reviews, procedures awaiting
 * acknowledgement and liaison action items (of meetings and associates' tasks). Each list holds at most {@link #MAX_OVERDUE} items; each part the viewer's role
 * may not read says so instead.
 */
public final class TodayScreen implements Screen {
    /** The most roll-calls read to find the open ones (latest first). */
    static final int ROLL_CALLS_READ = 100;
    /** The most overdue items listed per kind. */
    static final int MAX_OVERDUE = 50;
    /** How far ahead the next gap in on-call cover is looked for. */
    static final Duration COVER_AHEAD = Duration.ofDays(7);
    /**
     * The most records read (latest first) to find the overdue ones where a context has no overdue
     * query of its own: activations (for their situation reports), drills (for the last one of a
     * kind) and movements (for missed call-ins).
     */
    static final int RECORDS_READ = 100;

    private final RiskUseCases risk;
    private final AlertingUseCases alerting;
    private final AwarenessUseCases awareness;
    private final Console.Programme programme;

    TodayScreen(PeopleUseCases people, RiskUseCases risk, AlertingUseCases alerting, AwarenessUseCases awareness,
                Console.Programme programme) {
        this.risk = risk;
        this.alerting = alerting;
        this.awareness = awareness;
        this.programme = programme;
    }

    /** The page's model. */
    public record Page(Frame frame, Shown<List<OpenRollCall>> rollCalls, Shown<List<Advisory>> advisories,
                       Shown<OnCall> onCall, List<Shown<List<Overdue>>> overdue) {
        /** Whether every overdue list the viewer may see is empty. */
        public boolean nothingOverdue() {
            return overdue.stream().allMatch(part -> part.value().map(List::isEmpty).orElse(true));
        }
    }

    /** An open roll-call: its id, title, start, how many are affected and the counts by state. */
    public record OpenRollCall(String id, String title, Instant startedAt, int affected, List<Count> counts) {
    }

    /** How many persons are in one state. */
    public record Count(State state, int count) {
    }

    /** Who is on call now (responder, function, until when) and the next gap in cover, if any this week. */
    public record OnCall(List<String> now, Optional<TimeWindow> nextGap) {
    }

    /** An overdue item: what kind, what, since when (none for what has no due date), and the console's page of its record. */
    public record Overdue(String kind, String what, Optional<Instant> due, String link) {
        Overdue(String kind, String what, Instant due, String link) {
            this(kind, what, Optional.of(due), link);
        }
    }

    @Override
    public List<Frame.Nav> nav() {
        return List.of(new Frame.Nav("today", "Today", Console.PREFIX + "/"));
    }

    @Override
    public void register(Console.Routes routes) {
        routes.page("/", r -> r.render("today.jte", new Page(r.frame(r.t("title.today"), "today"), openRollCalls(r.actor(),
                r.now()), Shown.of("Advisories", () -> alerting.advisories().active(r.actor(), r.now())),
                Shown.of("On call", () -> onCall(r.actor(), r.now(), r.labels())), overdue(r.actor(), r.now(), r.labels()))));
        routes.page("/today/roll-calls", r -> r.fragment("today-rollcalls.jte", "calls", openRollCalls(r.actor(), r.now())));
    }

    private Shown<List<OpenRollCall>> openRollCalls(Actor actor, Instant now) {
        return Shown.of("Roll-calls", () -> {
            List<OpenRollCall> open = new ArrayList<>();
            for (TestResult result : alerting.tests().history(actor, PageRequest.first(ROLL_CALLS_READ)).items()) {
                CommunicationTest call = result.test();
                if (call.incident().isEmpty() || !call.closesAt().isAfter(now)) {
                    continue;
                }
                RollCallView view = alerting.rollCallView().view(actor, call.id(),
                        RollCallViewQuery.all(PageRequest.first(1)));
                List<Count> counts = new ArrayList<>();
                for (State s : State.values()) {
                    counts.add(new Count(s, view.counts().getOrDefault(s, 0)));
                }
                open.add(new OpenRollCall(call.id().toString(), call.title(), call.startedAt(),
                        counts.stream().mapToInt(Count::count).sum(), counts));
            }
            return open;
        });
    }

    private OnCall onCall(Actor actor, Instant now, ConsoleLabels labels) {
        List<String> on = alerting.onCall().onCallAt(actor, now).stream()
                .map(s -> labels.t("on-call-until", s.responder(), s.function(), Format.time(s.to()))).toList();
        Coverage cover = alerting.onCall().coverage(actor, now, now.plus(COVER_AHEAD));
        return new OnCall(on, cover.gaps().stream().findFirst());
    }

    private List<Shown<List<Overdue>>> overdue(Actor actor, Instant now, ConsoleLabels labels) {
        // the office's day: the page is rendered in the viewer's office's zone (Format.in)
        LocalDate today = now.atZone(Format.zone()).toLocalDate();
        Shown<OverdueReport> crisis = Shown.of("Drills and the crisis plan", () -> programme.crisis().exercises()
                .overdue(actor, now));
        return List.of(
                Shown.of("Assessment reviews", () -> risk.assessments().reviewsDue(actor, now).stream()
                        .limit(MAX_OVERDUE).map(TodayScreen::review).toList()),
                Shown.of("Equipment tests and checks", () -> risk.facilities().dueChecks(actor, now, Duration.ZERO)
                        .stream().filter(DueCheck::overdue).limit(MAX_OVERDUE).map(c -> check(c, labels)).toList()),
                Shown.of("Training", () -> training(awareness.records().compliance(actor, now))),
                crisis.value().isEmpty() ? withheld("Drills") : Shown.of("Drills", () -> drills(actor,
                        crisis.value().get(), labels)),
                crisis.value().isEmpty() ? withheld("Drill follow-up actions") : Shown.of(
                        "Drill follow-up actions", () -> crisis.value().get().actions().stream().limit(MAX_OVERDUE)
                                .map(a -> new Overdue("Drill follow-up action", a.title() + ": "
                                        + a.action().description(), start(a.action().due()), Console.PREFIX
                                        + "/crisis/drills/" + a.exercise())).toList()),
                crisis.value().isEmpty() ? withheld("The crisis plan") : Shown.of("The crisis plan",
                        () -> crisis.value().get().plan().stream().filter(PlanDue::overdue)
                                .map(d -> new Overdue("Crisis plan " + Format.words(d.kind()),
                                        labels.t("crisis-management-plan-overdue", labels.word(d.kind())), d.due(),
                                        Console.PREFIX + "/crisis#plan")).toList()),
                Shown.of("Situation reports", () -> sitreps(actor, now)),
                Shown.of("Movements", () -> movements(actor, now)),
                Shown.of("Incident reports", () -> programme.incident().reports().lateReports(actor, now).stream()
                        .limit(MAX_OVERDUE).map(TodayScreen::late).toList()),
                Shown.of("Incident follow-up actions", () -> programme.incident().reports().overdueActions(actor, now)
                        .stream().limit(MAX_OVERDUE).map(TodayScreen::incidentAction).toList()),
                Shown.of("Guard-force performance reviews", () -> programme.guard().reviews().overdue(actor, today)
                        .stream().limit(MAX_OVERDUE).map(d -> guardReview(d, labels)).toList()),
                Shown.of("Acknowledgements", () -> programme.documents().dissemination().missing(actor, now)
                        .procedures().stream().filter(p -> !p.missing().isEmpty()).limit(MAX_OVERDUE)
                        .map(p -> acknowledgements(p, labels)).toList()),
                Shown.of("Liaison actions", () -> programme.liaison().actions().overdue(actor, now).stream()
                        .limit(MAX_OVERDUE).map(a -> new Overdue("Liaison action", a.title(), start(a.due()),
                                Console.PREFIX + "/liaison#overdue-actions")).toList()));
    }

    /** The part withheld for the same reason as the read it depends on. */
    private static Shown<List<Overdue>> withheld(String what) {
        return new Shown<>(Optional.empty(), what + Shown.NOT_SHOWN);
    }

    /** The drills overdue by their schedule, each linking to the last one held of its kind (or the crisis page). */
    private List<Overdue> drills(Actor actor, OverdueReport report, ConsoleLabels labels) {
        List<DrillDue> overdue = report.drills().stream().filter(DrillDue::overdue).limit(MAX_OVERDUE).toList();
        if (overdue.isEmpty()) {
            return List.of();
        }
        Map<ExerciseKind, Exercise> last = new EnumMap<>(ExerciseKind.class);
        for (Exercise e : programme.crisis().exercises().list(actor, PageRequest.first(RECORDS_READ)).items()) {
            last.merge(e.kind(), e, (a, b) -> a.heldAt().isAfter(b.heldAt()) ? a : b);
        }
        return overdue.stream().map(d -> new Overdue("Drill", d.lastHeld().map(h -> labels.t("drill-last-held",
                labels.word(d.kind()), h)).orElse(labels.t("drill-never-held", labels.word(d.kind()))),
                d.due().map(TodayScreen::start),
                Optional.ofNullable(last.get(d.kind())).map(e -> Console.PREFIX + "/crisis/drills/" + e.id())
                        .orElse(Console.PREFIX + "/crisis#drills"))).toList();
    }

    private List<Overdue> sitreps(Actor actor, Instant now) {
        List<Overdue> due = new ArrayList<>();
        for (Activation a : programme.crisis().activations().list(actor, PageRequest.first(RECORDS_READ)).items()) {
            for (SitrepTopic t : a.dueTopics(now)) {
                if (due.size() < MAX_OVERDUE) {
                    due.add(new Overdue("Situation report", a.scenario() + ": " + t.title(), t.nextUpdate(),
                            Console.PREFIX + "/crisis/activations/" + a.id()));
                }
            }
        }
        return due;
    }

    private List<Overdue> movements(Actor actor, Instant now) {
        return programme.movement().movements().list(actor, PageRequest.first(RECORDS_READ)).items().stream()
                .filter(m -> m.statusAt(now) == MovementStatus.OVERDUE)
                .sorted(Comparator.comparing(Movement::deadline)).limit(MAX_OVERDUE)
                .map(m -> new Overdue("Missed call-in", m.title(), m.deadline(), Console.PREFIX + "/movements/"
                        + m.id())).toList();
    }

    private static Overdue late(IncidentReport r) {
        return new Overdue(r.writtenReport().isPresent() ? "Written report came late" : "Written report late",
                r.title(), r.writtenDue(), Console.PREFIX + "/incidents/" + r.id());
    }

    private static Overdue incidentAction(OverdueItem item) {
        return new Overdue("Incident follow-up action", item.title() + ": " + item.action().description(),
                item.action().due(), Console.PREFIX + "/incidents/" + item.id());
    }

    private static Overdue guardReview(PerformanceReviewDue d, ConsoleLabels labels) {
        return new Overdue("Guard-force performance review", labels.t("reference-every-days", d.reference(),
                d.reviewEveryDays()), start(d.due()), Console.PREFIX + "/guard/contracts/" + d.contract());
    }

    private static Overdue acknowledgements(MissingAcknowledgements.Procedure p, ConsoleLabels labels) {
        return new Overdue("Awaiting acknowledgement", labels.t("procedure-have-not-acknowledged", p.title(),
                p.currentVersion(), p.missing().size(), p.appliesTo()), Optional.empty(),
                Console.PREFIX + "/documents/" + p.document());
    }

    /** The start of a day in the viewer's office's zone, so that the page shows that day. */
    private static Instant start(LocalDate day) {
        return day.atStartOfDay(Format.zone()).toInstant();
    }

    private static Overdue review(SecurityAssessment a) {
        return new Overdue("Assessment review", a.title(), a.reviewDue(), Console.PREFIX + "/assessments/"
                + a.id());
    }

    private static Overdue check(DueCheck c, ConsoleLabels labels) {
        return new Overdue("Equipment " + Format.words(c.check()), c.facilityName() + ": " + c.assetTag() + " ("
                + labels.word(c.assetKind()) + ")", c.due(), Console.PREFIX + "/facilities/" + c.facility());
    }

    private static List<Overdue> training(ComplianceReport report) {
        List<Overdue> expired = new ArrayList<>();
        for (ComplianceReport.CourseCompliance course : report.courses()) {
            for (ComplianceReport.Gap gap : course.gaps()) {
                if (gap.status().state() == CourseStatus.State.EXPIRED && expired.size() < MAX_OVERDUE) {
                    expired.add(new Overdue("Training expired", course.code() + " " + course.title() + ": "
                            + gap.name(), gap.status().validUntil().orElse(report.at()), Console.PREFIX + "/people/"
                            + gap.person()));
                }
            }
        }
        return expired;
    }
}
