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
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.risk.domain.DueCheck;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.port.in.RiskUseCases;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The officer's today page: the open roll-calls with their counts (refreshed every few seconds),
 * the advisories in force, who is on call now and the next gap in the coming week, and what is
 * overdue (assessment reviews, equipment tests and checks, expired training), each linking to its
 * record. Each part the viewer's role may not read says so instead.
 */
public final class TodayScreen implements Screen {
    /** The most roll-calls read to find the open ones (latest first). */
    static final int ROLL_CALLS_READ = 100;
    /** The most overdue items listed per kind. */
    static final int MAX_OVERDUE = 50;
    /** How far ahead the next gap in on-call cover is looked for. */
    static final Duration COVER_AHEAD = Duration.ofDays(7);

    private final RiskUseCases risk;
    private final AlertingUseCases alerting;
    private final AwarenessUseCases awareness;

    TodayScreen(PeopleUseCases people, RiskUseCases risk, AlertingUseCases alerting, AwarenessUseCases awareness) {
        this.risk = risk;
        this.alerting = alerting;
        this.awareness = awareness;
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

    /** An overdue item: what kind, what, since when, and the console's page of its record. */
    public record Overdue(String kind, String what, Instant due, String link) {
    }

    @Override
    public List<Frame.Nav> nav() {
        return List.of(new Frame.Nav("today", "Today", Console.PREFIX + "/"));
    }

    @Override
    public void register(Console.Routes routes) {
        routes.page("/", r -> r.render("today.jte", new Page(r.frame("Today", "today"), openRollCalls(r.actor(),
                r.now()), Shown.of("Advisories", () -> alerting.advisories().active(r.actor(), r.now())),
                Shown.of("On call", () -> onCall(r.actor(), r.now())), overdue(r.actor(), r.now()))));
        routes.page("/today/roll-calls", r -> r.render("today-rollcalls.jte", openRollCalls(r.actor(), r.now())));
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

    private OnCall onCall(Actor actor, Instant now) {
        List<String> on = alerting.onCall().onCallAt(actor, now).stream()
                .map(s -> s.responder() + " (" + s.function() + ") until " + Format.time(s.to())).toList();
        Coverage cover = alerting.onCall().coverage(actor, now, now.plus(COVER_AHEAD));
        return new OnCall(on, cover.gaps().stream().findFirst());
    }

    private List<Shown<List<Overdue>>> overdue(Actor actor, Instant now) {
        return List.of(
                Shown.of("Assessment reviews", () -> risk.assessments().reviewsDue(actor, now).stream()
                        .limit(MAX_OVERDUE).map(TodayScreen::review).toList()),
                Shown.of("Equipment tests and checks", () -> risk.facilities().dueChecks(actor, now, Duration.ZERO)
                        .stream().filter(DueCheck::overdue).limit(MAX_OVERDUE).map(TodayScreen::check).toList()),
                Shown.of("Training", () -> training(awareness.records().compliance(actor, now))));
    }

    private static Overdue review(SecurityAssessment a) {
        return new Overdue("Assessment review", a.title(), a.reviewDue(), Console.PREFIX + "/assessments/"
                + a.id());
    }

    private static Overdue check(DueCheck c) {
        return new Overdue("Equipment " + Format.words(c.check()), c.facilityName() + ": " + c.assetTag() + " ("
                + Format.words(c.assetKind()) + ")", c.due(), Console.PREFIX + "/facilities/" + c.facility());
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
