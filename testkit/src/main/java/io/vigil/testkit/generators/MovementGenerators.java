package io.vigil.testkit.generators;

import static io.vigil.testkit.generators.KernelGenerators.instants;
import static io.vigil.testkit.generators.KernelGenerators.names;
import static io.vigil.testkit.generators.KernelGenerators.optionals;
import static io.vigil.testkit.generators.KernelGenerators.points;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.passage.PassageOutcome;
import io.vigil.kernel.passage.Restriction;
import io.vigil.movement.domain.CallIn;
import io.vigil.movement.domain.CallInSchedule;
import io.vigil.movement.domain.ConvoyRules;
import io.vigil.movement.domain.Driver;
import io.vigil.movement.domain.DriverId;
import io.vigil.movement.domain.MemberClearance;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.ProgrammeItem;
import io.vigil.movement.domain.ProtectiveMeasure;
import io.vigil.movement.domain.SiteAssessment;
import io.vigil.movement.domain.SupportProvider;
import io.vigil.movement.domain.SupportRequest;
import io.vigil.movement.domain.SupportStatus;
import io.vigil.movement.domain.Visit;
import io.vigil.movement.domain.VisitId;
import io.vigil.movement.domain.VisitKind;
import io.vigil.movement.domain.PlanApproval;
import io.vigil.movement.domain.RouteCheck;
import io.vigil.movement.domain.RouteDecision;
import io.vigil.movement.domain.MovementId;
import io.vigil.movement.domain.MedevacPlan;
import io.vigil.movement.domain.MedevacPlanId;
import io.vigil.movement.domain.MovementSettings;
import io.vigil.movement.domain.OverdueEpisode;
import io.vigil.movement.domain.RiverOption;
import io.vigil.movement.domain.RiverOptionId;
import io.vigil.movement.domain.RoadIncident;
import io.vigil.movement.domain.RoadIncidentId;
import io.vigil.movement.domain.Vehicle;
import io.vigil.movement.domain.VehicleId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the movement context. */
public final class MovementGenerators {
    private MovementGenerators() {
    }

    /** Call-in schedules within the bounds. */
    public static Gen<CallInSchedule> schedules() {
        return Generate.range(CallInSchedule.MIN_EVERY, CallInSchedule.MAX_EVERY)
                .zip(Generate.range(0, CallInSchedule.MAX_GRACE), CallInSchedule::new);
    }

    /**
     * Movements of the office: a route of two to five points, one to four vehicles and drivers, up to
     * five passengers, departing in 2026 for two to ten hours; one time in two with a call-in, and then
     * one time in two with a closed overdue episode; version 0.
     */
    public static Gen<Movement> movements(OfficeId office) {
        Gen<List<GeoPoint>> routes = lists().of(points()).ofSizeBetween(2, 5);
        Gen<Integer> sizes = Generate.range(1, 4);
        Gen<List<PersonId>> passengers = Generate.range(0, 5)
                .map(n -> Stream.generate(PersonId::random).limit(n).toList());
        return routes.zip(sizes, passengers, instants(), schedules(), (route, n, who, departure, schedule) -> {
            List<VehicleId> vehicles = Stream.generate(VehicleId::random).limit(n).toList();
            List<DriverId> drivers = Stream.generate(DriverId::random).limit(n).toList();
            Movement planned = Movement.planned(MovementId.random(), office, 0, "Movement to " + route.size()
                    + " points", route, vehicles, drivers, n > 2 ? Optional.of(PersonId.random()) : Optional.empty(),
                    n % 2 == 0 ? Optional.of("Police escort") : Optional.empty(), departure,
                    departure.plusSeconds(3600L * (2 + n * 2)), who, schedule);
            if (who.size() % 2 == 0) {
                return planned;
            }
            java.time.Instant at = departure.plusSeconds(60L * schedule.everyMinutes());
            CallIn call = new CallIn(at, "Driver " + n, Optional.of(route.get(0)),
                    who.size() > 2 ? Optional.of("all well") : Optional.empty(), "soc");
            List<OverdueEpisode> episodes = who.size() > 2 ? List.of(new OverdueEpisode(at, at.plusSeconds(60),
                    Optional.of(at.plusSeconds(60)), Optional.empty(), Optional.of(at.plusSeconds(120)))) : List.of();
            return new Movement(planned.id(), office, 0, planned.title(), route, vehicles, drivers,
                    planned.convoyLeader(), planned.escort(), departure, planned.arrival(), who, schedule,
                    List.of(call), episodes, who.size() == 1 ? Optional.of(planned.arrival()) : Optional.empty(),
                    Optional.of(clearRoute(departure)), who.size() > 2
                            ? Optional.of(new PlanApproval("officer", departure, "escort arranged by phone"))
                            : Optional.empty());
        });
    }

    /**
     * Visits of the office: one to four members, starting in 2026 for one to five days, as many
     * programme items at venues (one in two with a venue), one time in two an advance assessment with
     * its safe room missing, a measure, a support request (confirmed one time in three) and the first
     * member's clearance; version 0.
     */
    public static Gen<Visit> visits(OfficeId office) {
        return Generate.range(1, 4).zip(instants(), Generate.pick(List.of(VisitKind.values())),
                (n, starts, kind) -> {
                    List<PersonId> members = Stream.generate(PersonId::random).limit(n).toList();
                    java.time.Instant ends = starts.plusSeconds(86_400L * (n + 1));
                    List<ProgrammeItem> programme = java.util.stream.IntStream.range(0, n)
                            .mapToObj(i -> new ProgrammeItem("Item " + i, "Place " + i,
                                    i % 2 == 0 ? Optional.of(java.util.UUID.randomUUID()) : Optional.empty(),
                                    starts.plusSeconds(86_400L * i), starts.plusSeconds(86_400L * i + 7_200)))
                            .toList();
                    boolean full = n % 2 == 0;
                    Optional<SiteAssessment> advance = full ? Optional.of(new SiteAssessment(
                            Optional.of(new SiteAssessment.Route("Periférico", 25)),
                            Optional.of(new SiteAssessment.Route("Viaducto", 35)),
                            Optional.of(new SiteAssessment.EmergencyService("Hospital ABC", "+52 55 5230 8000", 12)),
                            Optional.of(new SiteAssessment.EmergencyService("SSC", "911", 8)), Optional.empty(),
                            Optional.of("Car park B"), "officer", starts.minusSeconds(86_400))) : Optional.empty();
                    List<SupportRequest> support = full ? List.of(new SupportRequest(java.util.UUID.randomUUID(),
                            SupportProvider.HOST_GOVERNMENT, "Motorcade escort", starts.minusSeconds(86_400L * 20),
                            n == 2 ? SupportStatus.REQUESTED : SupportStatus.CONFIRMED,
                            n == 2 ? Optional.empty() : Optional.of(starts.minusSeconds(86_400L * 10)))) : List.of();
                    return new Visit(VisitId.random(), office, 0, "Visit " + n, kind,
                            full ? Optional.of("Executive Director") : Optional.empty(), members, starts, ends,
                            programme, advance, full ? List.of(new ProtectiveMeasure("kidnapping", "armoured car"))
                                    : List.of(), support,
                            full ? List.of(new MemberClearance(members.get(0), java.util.UUID.randomUUID().toString()))
                                    : List.of());
                });
    }

    /** A route decision with every check passed, decided at {@code at}. */
    private static RouteDecision clearRoute(java.time.Instant at) {
        return new RouteDecision(PassageOutcome.PASSED, java.util.Arrays.stream(Restriction.values())
                .map(r -> new RouteCheck(r, PassageOutcome.PASSED, List.of("no area of that rule on the route")))
                .toList(), at);
    }

    /** Vehicles of the office, with or without radio, insured and inspected around 2026, version 0. */
    public static Gen<Vehicle> vehicles(OfficeId office) {
        return names().zip(Generate.booleans(), instants(), lists().of(names()).ofSizeBetween(0, 4),
                (plate, radio, at, equipment) -> new Vehicle(VehicleId.random(), office, 0,
                        plate.length() > 20 ? plate.substring(0, 20) : plate, "Toyota Land Cruiser " + plate, radio,
                        day(at).plusDays(200), day(at).plusDays(90), equipment));
    }

    /** Drivers of the office, with licences and checks around 2026, version 0. */
    public static Gen<Driver> drivers(OfficeId office) {
        return names().zip(instants(), Generate.range(30, 730), (name, at, interval) -> new Driver(DriverId.random(),
                office, 0, PersonId.random(), name, day(at).plusDays(400), day(at).minusDays(30), interval));
    }

    /** Movement settings of fresh offices: a time zone, a leader's delay and convoy rules. */
    public static Gen<MovementSettings> settings() {
        Gen<String> zones = Generate.pick(List.of("UTC", "America/Mexico_City", "Africa/Nairobi", "Asia/Kabul"));
        return zones.zip(Generate.range(1, MovementSettings.MAX_LEADER_AFTER), Generate.range(0, 10),
                Generate.booleans(), (zone, leader, above, radio) -> new MovementSettings(KernelGenerators.freshOffice(),
                        0, zone, leader, new ConvoyRules(above, Math.max(1, above + 3), radio), 1 + leader % 90));
    }

    /** River options of the office, some short of life jackets, valid around 2026, version 0. */
    public static Gen<RiverOption> riverOptions(OfficeId office) {
        return names().zip(Generate.range(1, 40), Generate.range(0, 45), instants(), (operator, seats, jackets, at) ->
                new RiverOption(RiverOptionId.random(), office, 0, operator + " Lanchas", "Usumacinta: Frontera Corozal"
                        + " to Yaxchilán", "Launch " + seats, seats, jackets, day(at),
                        seats % 2 == 0 ? Optional.of("daylight only") : Optional.empty()));
    }

    /** MEDEVAC plans of the office: one to three facilities and contacts, a review date around 2026, version 0. */
    public static Gen<MedevacPlan> medevacPlans(OfficeId office) {
        return names().zip(Generate.range(1, 3), optionals(points()), instants(), (station, n, where, at) ->
                new MedevacPlan(MedevacPlanId.random(), office, 0, station + " duty station",
                        Stream.iterate(1, i -> i + 1).limit(n).map(i -> new MedevacPlan.Facility("Hospital " + i,
                                "trauma level " + i, "+52 55 5000 000" + i, where)).toList(),
                        List.of("air ambulance", "road ambulance"),
                        Stream.iterate(1, i -> i + 1).limit(n).map(i -> new MedevacPlan.Contact("Contact " + i,
                                "medical officer", "+52 55 6000 000" + i)).toList(),
                        List.of("international staff", "dependents"), day(at)));
    }

    /** Road incidents of the office with up to four persons, version 0. */
    public static Gen<RoadIncident> roadIncidents(OfficeId office) {
        Gen<List<PersonId>> persons = Generate.range(0, 4)
                .map(n -> Stream.generate(PersonId::random).limit(n).toList());
        return instants().zip(names(), optionals(points()), persons, (at, place, where, who) ->
                new RoadIncident(RoadIncidentId.random(), office, 0, at, place + " road", where,
                        who.size() % 2 == 0 ? Optional.of(VehicleId.random()) : Optional.empty(),
                        who.size() > 1 ? Optional.of(DriverId.random()) : Optional.empty(), who,
                        "Collision at " + place, who.isEmpty() ? Optional.empty() : Optional.of(MovementId.random())));
    }

    private static LocalDate day(java.time.Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
