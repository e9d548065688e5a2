package io.vigil.examples.console;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.travel.domain.Clearance;
import io.vigil.travel.domain.ClearanceId;
import io.vigil.travel.domain.ClearanceStatus;
import io.vigil.travel.domain.ManualDecision;
import io.vigil.travel.port.in.ClearanceCounts;
import io.vigil.travel.port.in.DecisionDetails;
import io.vigil.travel.port.in.TravelUseCases;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Travel: the clearance queue (the clearances the viewer may read, those awaiting a decision first,
 * filtered by status), the counts by status over the last {@link #COUNTS_PERIOD} (what a manager
 * sees: they read no traveller's itinerary), and a request's page with its trip, every decision of
 * the rules with each check's outcome and reasons in the fixed order, every decision a person took,
 * and for a security officer the form to approve, deny or escalate it with a reason. The core
 * refuses a decision by a traveller on the request; the console shows that refusal.
 */
public final class TravelScreen implements Screen {
    /** The most clearances the queue lists: the latest ones the viewer may read. */
    static final int MAX_LISTED = 200;
    /** How far back the counts by status go. */
    static final Duration COUNTS_PERIOD = Duration.ofDays(90);

    /** The decisions the form offers, in the viewer's words. */
    private static List<RollCallScreen.Option> actions(ConsoleLabels labels) {
        return List.of(new RollCallScreen.Option(ManualDecision.Action.APPROVED.name(), labels.t("approve"), false),
                new RollCallScreen.Option(ManualDecision.Action.DENIED.name(), labels.t("deny"), false),
                new RollCallScreen.Option(ManualDecision.Action.ESCALATED.name(),
                        labels.t("escalate-above-the-security-officer"), false));
    }

    private final TravelUseCases travel;
    private final PeopleUseCases people;

    TravelScreen(TravelUseCases travel, PeopleUseCases people) {
        this.travel = travel;
        this.people = people;
    }

    /** The queue's model: the status filtered by (empty: all), the lines, how many the viewer may read, the counts. */
    public record Queue(Frame frame, String status, List<RollCallScreen.Option> statuses, Shown<List<Line>> clearances,
                        long total, Shown<ClearanceCounts> counts) {
    }

    /** One clearance in the queue. */
    public record Line(String id, String purpose, ClearanceStatus status, int travellers, String route,
                       Instant departure, Instant submittedAt) {
        /** Whether a decision is still to come. */
        public boolean open() {
            return status.open();
        }
    }

    /** A request's model: the clearance, its travellers named, and whether the decision form is offered. */
    public record Request(Frame frame, Clearance clearance, List<Named> travellers, boolean decides,
                          boolean travelling, List<RollCallScreen.Option> actions) {
    }

    @Override
    public List<Frame.Nav> nav() {
        return List.of(new Frame.Nav("travel", "Travel", Console.PREFIX + "/clearances"));
    }

    @Override
    public void register(Console.Routes routes) {
        routes.page("/clearances", this::queue);
        routes.page("/clearances/{id}", r -> {
            Fields f = new Fields();
            Optional<ClearanceId> id = f.id("id", r.path("id"), ClearanceId::of);
            f.check();
            Actor actor = r.actor();
            Clearance c = travel.clearances().get(actor, id.orElseThrow());
            boolean travelling = actor.person().filter(c::travelling).isPresent();
            return r.render("travel/clearance.jte", new Request(r.frame(r.labels().t("title.clearance", c.trip().purpose()), "travel"),
                    c, Named.all(people, actor, c.trip().travellers()), actor.has(Role.SECURITY_OFFICER), travelling,
                    actions(r.labels())));
        });
        routes.form("/clearances/{id}/decisions", r -> {
            Fields f = new Fields();
            Optional<ClearanceId> id = f.id("id", r.path("id"), ClearanceId::of);
            Optional<String> actionText = f.required("action", r.form("action"));
            Optional<ManualDecision.Action> action = actionText.isEmpty() ? Optional.empty()
                    : f.choice("action", r.form("action"), ManualDecision.Action.class);
            Optional<String> reasonText = f.required("reason", r.form("reason"));
            Optional<String> reason = reasonText.isEmpty() ? Optional.empty()
                    : f.text("reason", r.form("reason"), ManualDecision.MAX_REASON);
            Optional<String> onBehalfOf = f.text("onBehalfOf", r.form("onBehalfOf"));
            Optional<Long> version = version(f, r.form("version"));
            f.check();
            travel.clearances().decide(r.actor(), id.orElseThrow(), version.orElseThrow(),
                    new DecisionDetails(action.orElseThrow(), reason.orElseThrow(), onBehalfOf.orElse(null)));
            return "/clearances/" + id.get();
        });
    }

    private String queue(Console.Request r) {
        Fields f = new Fields();
        Optional<ClearanceStatus> status = f.choice("status", r.query("status"), ClearanceStatus.class);
        f.check();
        Actor actor = r.actor();
        long[] total = {0};
        Shown<List<Line>> lines = Shown.of("The clearances", () -> {
            Page<Clearance> page = travel.clearances().list(actor, PageRequest.first(MAX_LISTED));
            total[0] = page.total();
            return page.items().stream().filter(c -> status.map(s -> c.status() == s).orElse(true))
                    .sorted(Comparator.comparing((Clearance c) -> !c.status().open()))
                    .map(TravelScreen::line).toList();
        });
        Shown<ClearanceCounts> counts = Shown.of("Counts by status",
                () -> travel.clearances().counts(actor, r.now().minus(COUNTS_PERIOD), r.now()));
        List<RollCallScreen.Option> statuses = new ArrayList<>(List.of(new RollCallScreen.Option("", "All statuses",
                status.isEmpty())));
        for (ClearanceStatus s : ClearanceStatus.values()) {
            statuses.add(new RollCallScreen.Option(s.name(), Format.words(s), status.equals(Optional.of(s))));
        }
        return r.render("travel/queue.jte", new Queue(r.frame(r.t("title.travel-clearances"), "travel"),
                status.map(Enum::name).orElse(""), statuses, lines, total[0], counts));
    }

    private static Line line(Clearance c) {
        var legs = c.trip().legs();
        String route = legs.get(0).from().name() + " to " + legs.get(legs.size() - 1).to().name();
        return new Line(c.id().toString(), c.trip().purpose(), c.status(), c.trip().travellers().size(), route,
                c.trip().firstDeparture(), c.trip().submittedAt());
    }

    /** The record's version a form was rendered at: required, a whole number from 0. */
    static Optional<Long> version(Fields f, String value) {
        Optional<String> given = f.required("version", value);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        return f.parsed("version", value, v -> {
            long n = Long.parseLong(v);
            if (n < 0) {
                throw new IllegalArgumentException("negative");
            }
            return n;
        }, "the version the page was shown at (a whole number from 0)");
    }
}
