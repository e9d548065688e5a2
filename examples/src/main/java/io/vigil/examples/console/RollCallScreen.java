package io.vigil.examples.console;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.AnswerOnBehalfDetails;
import io.vigil.alerting.port.in.RollCallStatus.State;
import io.vigil.alerting.port.in.RollCallView;
import io.vigil.alerting.port.in.RollCallViewQuery;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.WardenZone;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonCard;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The roll-call board: counts by state and by warden zone (refreshed every few seconds through
 * htmx), the affected persons filtered by state (or all the silent) and zone, each with their
 * reason, their household and, for a silent person, the phones the viewer may see and a form to
 * record an answer obtained by phone, radio or in person (the on-behalf check-in); and the
 * escalations so far. All of it is the {@link io.vigil.alerting.port.in.RollCallViewUseCase}'s view
 * for the signed-in viewer, audited as such.
 */
public final class RollCallScreen implements Screen {
    /** The state filter's value for every silent person (awaiting, with their warden, with the officer). */
    static final String SILENT = "SILENT";
    /** The silent states. */
    static final Set<State> SILENT_STATES = EnumSet.of(State.AWAITING, State.WITH_WARDEN, State.WITH_OFFICER);
    /** The most persons listed per state read (a roll-call larger than this is listed by state or zone). */
    static final int MAX_LISTED = PageRequest.MAX_LIMIT;

    private final PeopleUseCases people;
    private final AlertingUseCases alerting;

    RollCallScreen(PeopleUseCases people, AlertingUseCases alerting) {
        this.people = people;
        this.alerting = alerting;
    }

    /** The board's model. */
    public record Board(Frame frame, String id, String title, Instant startedAt, Instant closesAt, boolean open,
                        Counts counts, String state, String zone, List<Option> states, List<Option> zones,
                        List<Line> persons, long total, List<String> escalations, List<String> warnings) {
    }

    /** The counts (the live part): by state, and by zone then state, at {@code at}. */
    public record Counts(String id, Instant at, List<TodayScreen.Count> byState, List<ZoneCounts> byZone) {
    }

    /** One zone's counts. */
    public record ZoneCounts(String zone, String name, List<TodayScreen.Count> counts, int total) {
    }

    /** A choice in a filter. */
    public record Option(String value, String label, boolean selected) {
    }

    /**
     * One listed person: id, name, zone's name, state, reason, when that last changed, and what the
     * viewer may see of their card (category, household, phones).
     */
    public record Line(String person, String name, String zone, State state, String reason, Instant changedAt,
                       Optional<String> category, List<String> household, Optional<List<String>> phones) {
        /** Whether they have not answered. */
        public boolean silent() {
            return SILENT_STATES.contains(state);
        }
    }

    @Override
    public List<Frame.Nav> nav() {
        return List.of();
    }

    @Override
    public void register(Console.Routes routes) {
        routes.page("/roll-calls/{id}", this::board);
        routes.page("/roll-calls/{id}/counts", r -> {
            Fields f = new Fields();
            Optional<CommTestId> id = f.id("id", r.path("id"), CommTestId::of);
            f.check();
            RollCallView view = alerting.rollCallView().view(r.actor(), id.orElseThrow(),
                    RollCallViewQuery.all(PageRequest.first(1)));
            return r.fragment("rollcall-counts.jte", "counts", counts(view, zoneNames(r.actor())));
        });
        routes.form("/roll-calls/{id}/answers", this::answer);
    }

    private String board(Console.Request r) {
        Fields f = new Fields();
        Optional<CommTestId> id = f.id("id", r.path("id"), CommTestId::of);
        Optional<String> stateText = f.text("state", r.query("state"));
        boolean silent = stateText.filter(SILENT::equalsIgnoreCase).isPresent();
        Optional<State> state = silent ? Optional.empty() : f.choice("state", r.query("state"), State.class);
        Optional<String> zoneText = f.text("zone", r.query("zone"));
        boolean noZone = zoneText.filter(RollCallViewQuery.NO_ZONE::equals).isPresent();
        Optional<WardenZoneId> zone = noZone ? Optional.empty() : f.id("zone", r.query("zone"), WardenZoneId::of);
        f.check();
        Actor actor = r.actor();
        Map<String, String> names = zoneNames(actor);
        List<State> read = silent ? List.copyOf(SILENT_STATES) : state.map(List::of).orElse(List.of());
        List<RollCallView.Row> rows = new ArrayList<>();
        RollCallView view = null;
        long total = 0;
        for (Optional<State> s : read.isEmpty() ? List.of(Optional.<State>empty())
                : read.stream().map(Optional::of).toList()) {
            view = alerting.rollCallView().view(actor, id.orElseThrow(), new RollCallViewQuery(s, zone, noZone,
                    Optional.empty(), PageRequest.first(MAX_LISTED)));
            rows.addAll(view.persons().items());
            total += view.persons().total();
        }
        CommunicationTest call = view.rollCall();
        List<Line> lines = rows.stream().sorted(Comparator.comparing((RollCallView.Row row) -> row.status().name())
                .thenComparing(row -> row.status().person().toString())).map(row -> line(row, names)).toList();
        List<Option> states = new ArrayList<>(List.of(new Option("", r.t("all-states"), stateText.isEmpty()),
                new Option(SILENT, r.t("silent-not-answered"), silent)));
        for (State s : State.values()) {
            states.add(new Option(s.name(), r.labels().word(s), state.equals(Optional.of(s))));
        }
        List<Option> zones = new ArrayList<>(List.of(new Option("", "All zones", zoneText.isEmpty())));
        view.byZone().keySet().stream().sorted().forEach(z -> zones.add(new Option(z, names.getOrDefault(z,
                z.equals(RollCallViewQuery.NO_ZONE) ? "No warden zone" : z), zoneText.filter(z::equals).isPresent())));
        return r.render("rollcall.jte", new Board(r.frame(r.labels().t("title.roll-call", call.title()), "today"), call.id().toString(),
                call.title(), call.startedAt(), call.closesAt(), call.closesAt().isAfter(r.now()), counts(view, names),
                stateText.map(t -> silent ? SILENT : t.toUpperCase(java.util.Locale.ROOT)).orElse(""),
                zoneText.orElse(""), states, zones, lines, total, escalations(call, r.labels()), view.warnings()));
    }

    private String answer(Console.Request r) {
        Fields f = new Fields();
        Optional<CommTestId> id = f.id("id", r.path("id"), CommTestId::of);
        Optional<String> personText = f.required("person", r.form("person"));
        Optional<PersonId> person = personText.isEmpty() ? Optional.empty()
                : f.id("person", r.form("person"), PersonId::of);
        Optional<String> answerText = f.required("answer", r.form("answer"));
        Optional<Answer> answer = answerText.isEmpty() ? Optional.empty()
                : f.choice("answer", r.form("answer"), Answer.class);
        Optional<String> channelText = f.required("channel", r.form("channel"));
        Optional<Channel> channel = channelText.isEmpty() ? Optional.empty()
                : f.choice("channel", r.form("channel"), Channel.class);
        Optional<String> state = f.text("state", r.form("state"));
        Optional<String> zone = f.text("zone", r.form("zone"));
        f.check();
        alerting.tests().answerFor(r.actor(), id.orElseThrow(), new AnswerOnBehalfDetails(person.orElseThrow(),
                answer.orElseThrow(), channel.orElseThrow(), r.now()));
        return "/roll-calls/" + id.get() + "?state=" + encode(state.orElse("")) + "&zone=" + encode(zone.orElse(""))
                + "#person-" + person.get();
    }

    private Map<String, String> zoneNames(Actor actor) {
        Map<String, String> names = new LinkedHashMap<>();
        Shown.of("Warden zones", () -> people.zones().list(actor, PageRequest.first(PageRequest.MAX_LIMIT)).items())
                .value().ifPresent(zones -> zones.forEach((WardenZone z) -> names.put(z.id().value(), z.name())));
        names.put(RollCallViewQuery.NO_ZONE, "No warden zone");
        return names;
    }

    static Counts counts(RollCallView view, Map<String, String> names) {
        List<ZoneCounts> zones = new ArrayList<>();
        view.byZone().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<TodayScreen.Count> counts = ordered(e.getValue());
            zones.add(new ZoneCounts(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), counts,
                    counts.stream().mapToInt(TodayScreen.Count::count).sum()));
        });
        return new Counts(view.rollCall().id().toString(), view.at(), ordered(view.counts()), zones);
    }

    private static List<TodayScreen.Count> ordered(Map<State, Integer> counts) {
        List<TodayScreen.Count> ordered = new ArrayList<>();
        for (State s : State.values()) {
            ordered.add(new TodayScreen.Count(s, counts.getOrDefault(s, 0)));
        }
        return ordered;
    }

    private static Line line(RollCallView.Row row, Map<String, String> names) {
        String zone = row.status().zone().map(z -> names.getOrDefault(z.value(), z.value())).orElse("No warden zone");
        Optional<PersonCard> card = row.card();
        List<String> household = new ArrayList<>();
        card.ifPresent(c -> {
            c.sponsor().ifPresent(s -> household.add("sponsor: " + s.name()));
            c.dependents().forEach(d -> household.add(d.name()));
        });
        return new Line(row.status().person().toString(), row.status().name(), zone, row.status().state(),
                row.status().reason(), row.changedAt(), card.map(PersonCard::category), household,
                card.flatMap(PersonCard::phones));
    }

    private static List<String> escalations(CommunicationTest call, ConsoleLabels labels) {
        List<String> told = new ArrayList<>();
        Optional<Incident> incident = call.incident();
        incident.flatMap(Incident::wardensAlertedAt).ifPresent(t -> told.add(labels.t("wardens-told-who-is-silent-at",
                Format.time(t))));
        incident.flatMap(Incident::officerAlertedAt).ifPresent(t -> told.add(labels.t(
                "officer-on-call-told-who-is-silent-at", Format.time(t))));
        incident.ifPresent(i -> {
            if (told.isEmpty()) {
                told.add(labels.t("none-yet-wardens-are-told-after", i.wardenAfterMinutes(), i.officerAfterMinutes()));
            }
        });
        return told;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
