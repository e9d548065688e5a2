package io.vigil.examples.console;

import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.movement.domain.CallIn;
import io.vigil.movement.domain.Driver;
import io.vigil.movement.domain.DriverId;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.MovementId;
import io.vigil.movement.domain.MovementStatus;
import io.vigil.movement.domain.OverdueEpisode;
import io.vigil.movement.domain.Vehicle;
import io.vigil.movement.domain.VehicleId;
import io.vigil.movement.port.in.CallInDetails;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.people.port.in.PeopleUseCases;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Movements: the office's high-risk movement plans (overdue ones first), the fleet's vehicles and
 * drivers each with what makes them unfit today, and a movement's page with its route, convoy,
 * call-in schedule, the call-ins received (late ones, which closed an overdue episode, marked), the
 * overdue episodes with the escalations sent, and the form the radio room records a call-in with.
 */
public final class MovementScreen implements Screen {
    /** The most movements, vehicles and drivers listed: the office's first ones. */
    static final int MAX_LISTED = 200;
    /**
     * How a time is typed in a form: a date and time to the minute in the zone of the viewer's office, as a
     * {@code datetime-local} input gives it.
     */
    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final MovementUseCases movement;
    private final PeopleUseCases people;

    MovementScreen(MovementUseCases movement, PeopleUseCases people) {
        this.movement = movement;
        this.people = people;
    }

    /** The list's model: the plans, the vehicles and the drivers, each as the viewer may read them. */
    public record Plans(Frame frame, Shown<List<Plan>> plans, long total, Shown<List<Fit>> vehicles,
                        Shown<List<Fit>> drivers, LocalDate today) {
    }

    /** One movement in the list, with its status now and when its next call-in is due. */
    public record Plan(String id, String title, MovementStatus status, Instant departure, Instant arrival,
                       Instant nextDue, Instant deadline) {
    }

    /** A vehicle or a driver, with what makes them unfit on {@code today} (empty when fit). */
    public record Fit(String id, String name, String detail, List<String> problems) {
    }

    /** A movement's model. */
    public record MovementPage(Frame frame, Movement movement, MovementStatus status, List<Named> passengers,
                               Optional<Named> leader, Shown<List<Fit>> vehicles, Shown<List<Fit>> drivers,
                               List<Call> callIns, List<OverdueEpisode> episodes, boolean takesCallIns, String now) {
    }

    /** A call-in received, and whether it came late (it closed an overdue episode). */
    public record Call(CallIn callIn, boolean late) {
    }

    @Override
    public List<Frame.Nav> nav() {
        return List.of(new Frame.Nav("movement", "Movements", Console.PREFIX + "/movements"));
    }

    @Override
    public void register(Console.Routes routes) {
        routes.page("/movements", r -> {
            Actor actor = r.actor();
            Instant now = r.now();
            long[] total = {0};
            Shown<List<Plan>> plans = Shown.of("Movement plans", () -> {
                Page<Movement> page = movement.movements().list(actor, PageRequest.first(MAX_LISTED));
                total[0] = page.total();
                return page.items().stream().map(m -> new Plan(m.id().toString(), m.title(), m.statusAt(now),
                                m.departure(), m.arrival(), m.nextDue(), m.deadline()))
                        .sorted(Comparator.comparing((Plan p) -> p.status() != MovementStatus.OVERDUE)
                                .thenComparing(Plan::departure, Comparator.reverseOrder())).toList();
            });
            LocalDate today = today(actor, now);
            return r.render("movement/movements.jte", new Plans(r.frame(r.t("title.movements"), "movement"), plans, total[0],
                    Shown.of("Vehicles", () -> movement.vehicles().list(actor, PageRequest.first(MAX_LISTED)).items()
                            .stream().map(v -> fit(v, today, r.labels())).toList()),
                    Shown.of("Drivers", () -> movement.drivers().list(actor, PageRequest.first(MAX_LISTED)).items()
                            .stream().map(d -> fit(d, today, r.labels())).toList()), today));
        });
        routes.page("/movements/{id}", r -> {
            Fields f = new Fields();
            Optional<MovementId> id = f.id("id", r.path("id"), MovementId::of);
            f.check();
            Actor actor = r.actor();
            Movement m = movement.movements().get(actor, id.orElseThrow());
            LocalDate today = today(actor, r.now());
            List<Call> calls = m.callIns().stream().map(c -> new Call(c, late(m, c))).toList();
            return r.render("movement/movement.jte", new MovementPage(r.frame(r.labels().t("title.movement", m.title()), "movement"), m,
                    m.statusAt(r.now()), Named.all(people, actor, m.passengers()),
                    m.convoyLeader().map(p -> Named.one(people, actor, p)),
                    Shown.of("Vehicles", () -> m.vehicles().stream().map(v -> vehicle(actor, v, today, r.labels())).toList()),
                    Shown.of("Drivers", () -> m.drivers().stream().map(d -> driver(actor, d, today, r.labels())).toList()),
                    calls, m.episodes(), m.arrivedAt().isEmpty() && !r.now().isBefore(m.departure()),
                    TYPED.format(r.now().atZone(Format.zone()))));
        });
        routes.form("/movements/{id}/call-ins", r -> {
            Fields f = new Fields();
            Optional<MovementId> id = f.id("id", r.path("id"), MovementId::of);
            Optional<String> by = f.required("by", r.form("by"));
            Optional<Instant> at = instant(f, "at", r.form("at"));
            Optional<Double> lat = f.parsed("latitude", r.form("latitude"), Double::parseDouble,
                    "a latitude in degrees (-90 to 90)");
            Optional<Double> lon = f.parsed("longitude", r.form("longitude"), Double::parseDouble,
                    "a longitude in degrees (-180 to 180)");
            Optional<String> note = f.text("note", r.form("note"), 500);
            if (lat.isPresent() != lon.isPresent()) {
                f.bad(lat.isPresent() ? "longitude" : "latitude", "must be given with the other coordinate");
            }
            Optional<GeoPoint> where = Optional.empty();
            if (lat.isPresent() && lon.isPresent()) {
                try {
                    where = Optional.of(GeoPoint.of(lat.get(), lon.get()));
                } catch (InvalidValueException e) {
                    f.bad(e.field(), e.reason());
                }
            }
            f.check();
            movement.movements().callIn(r.actor(), id.orElseThrow(), new CallInDetails(by.orElseThrow(),
                    at.orElse(null), where.orElse(null), note.orElse(null)));
            return "/movements/" + id.get() + "#call-ins";
        });
    }

    /**
     * A time typed in the zone of the viewer's office ({@code 2026-12-02T06:30}, seconds optional), as a
     * {@code datetime-local} input sends it; empty when absent. A local time the zone skips is bad, one it
     * has twice is the earlier ({@link Fields#localTime(String, String, java.time.ZoneId)}).
     */
    static Optional<Instant> instant(Fields f, String field, String value) {
        return f.localTime(field, value, Format.zone());
    }

    /** Whether a call-in came after its deadline: it closed an overdue episode. */
    static boolean late(Movement m, CallIn c) {
        return m.episodes().stream().anyMatch(e -> e.closedAt().filter(c.at()::equals).isPresent());
    }

    private LocalDate today(Actor actor, Instant now) {
        return now.atZone(movement.settings().get(actor).zone()).toLocalDate();
    }

    private Fit vehicle(Actor actor, VehicleId id, LocalDate today, ConsoleLabels labels) {
        try {
            return fit(movement.vehicles().get(actor, id), today, labels);
        } catch (NotFoundException e) {
            return new Fit(id.toString(), id.toString(), labels.t("no-longer-recorded"),
                    List.of(labels.t("the-vehicle-is-no-longer-recorded")));
        }
    }

    private Fit driver(Actor actor, DriverId id, LocalDate today, ConsoleLabels labels) {
        try {
            return fit(movement.drivers().get(actor, id), today, labels);
        } catch (NotFoundException e) {
            return new Fit(id.toString(), id.toString(), labels.t("no-longer-recorded"),
                    List.of(labels.t("the-driver-is-no-longer-recorded")));
        }
    }

    private static Fit fit(Vehicle v, LocalDate today, ConsoleLabels labels) {
        return new Fit(v.id().toString(), v.plate(), labels.t(v.radio() ? "vehicle-radio-insured-inspection"
                : "vehicle-no-radio-insured-inspection", v.description(), v.insuredUntil(), v.inspectionDue()),
                v.problemsThrough(today));
    }

    private static Fit fit(Driver d, LocalDate today, ConsoleLabels labels) {
        return new Fit(d.id().toString(), d.name(), labels.t("licence-valid-until-driving-check-due",
                d.licenceValidUntil(), d.checkDue()), d.problemsThrough(today));
    }
}
