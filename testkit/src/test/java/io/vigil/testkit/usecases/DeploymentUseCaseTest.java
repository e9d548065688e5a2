package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.movement.domain.MovementData;
import io.vigil.movement.domain.MovementId;
import io.vigil.movement.domain.VehicleId;
import io.vigil.movement.port.in.ArrivalDetails;
import io.vigil.movement.port.in.Deployment;
import io.vigil.movement.port.in.MovementDetails;
import io.vigil.movement.port.in.VehicleDetails;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.PeopleData;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.people.port.in.WardenZoneDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deployment numbers over in-memory adapters with the real people context: hand-built persons living
 * in two warden zones and a movement under way through one of them; counts for a manager, names for
 * an officer, a refusal for staff, and the audit trail naming whom each read exposed.
 */
class DeploymentUseCaseTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final WardenZoneId NORTH = WardenZoneId.of("NORTE");
    private static final WardenZoneId SOUTH = WardenZoneId.of("SUR");
    private static final Instant DEPARTURE = Instant.parse("2026-03-01T14:00:00Z");
    private static final Instant DURING = DEPARTURE.plus(Duration.ofHours(1));

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Actor manager = Actor.of("manager", OFFICE, Role.MANAGER);
    private PersonId ana;
    private PersonId ben;
    private PersonId carla;
    private PersonId driverless;
    private MovementId trip;

    private PersonId person(String given) {
        return vigil.people().persons().register(officer, new PersonDetails(given, "Ruiz",
                PersonCategory.NATIONAL_STAFF, "UNDP", null, List.of(), List.of(), null, null)).personId();
    }

    private void home(PersonId who, double lat, double lon) {
        vigil.people().residences().create(officer, new ResidenceDetails(who, List.of(), new Address("Calle 1",
                null, "Ciudad de México", "Mexico"), GeoPoint.of(lat, lon), null,
                Instant.parse("2025-01-01T00:00:00Z"), null));
    }

    private static List<GeoPoint> box(double south, double west, double north, double east) {
        return GeoArea.rectangle(GeoPoint.of(south, west), GeoPoint.of(north, east)).vertices();
    }

    @BeforeEach
    void office() {
        ana = person("Ana");
        ben = person("Ben");
        carla = person("Carla");
        driverless = person("Dario");
        vigil.people().zones().create(officer, new WardenZoneDetails(NORTH, "Norte", box(19.45, -99.20, 19.60, -99.00),
                ana, List.of()));
        vigil.people().zones().create(officer, new WardenZoneDetails(SOUTH, "Sur", box(19.20, -99.20, 19.40, -99.00),
                carla, List.of()));
        home(ana, 19.50, -99.10);
        home(ben, 19.55, -99.15);
        home(carla, 19.30, -99.10);
        home(driverless, 20.50, -98.00);
        VehicleId car = vigil.movement().vehicles().create(officer, new VehicleDetails("ABC-001", "Land Cruiser",
                true, LocalDate.parse("2027-01-01"), LocalDate.parse("2026-12-01"), List.of())).id();
        // From outside both zones, across the south one (no point of the route lies inside it), and beyond.
        trip = vigil.movement().movements().create(officer, new MovementDetails("Field trip to Cuernavaca",
                List.of(GeoPoint.of(19.30, -99.40), GeoPoint.of(19.30, -98.80)), List.of(car), List.of(), null, null,
                DEPARTURE, DEPARTURE.plus(Duration.ofHours(6)), List.of(driverless, ben), 30, 10)).id();
    }

    private List<AuditEntry> audit(String actor) {
        return vigil.auditLog().find(AuditQuery.office(OFFICE), PageRequest.first(500)).items().stream()
                .filter(e -> e.actor().equals(actor)).toList();
    }

    private static Deployment.Area area(Deployment d, WardenZoneId zone) {
        return d.areas().stream().filter(a -> a.zone().equals(zone)).findFirst().orElseThrow();
    }

    @Test
    void a_manager_sees_how_many_are_present_and_travelling_in_each_zone_and_nobody_named() {
        Deployment d = vigil.movement().deployment().deployment(manager, DURING);

        assertThat(d.named()).isFalse();
        assertThat(d.areas()).extracting(Deployment.Area::zone).containsExactly(NORTH, SOUTH);
        assertThat(area(d, NORTH).present()).isEqualTo(2);
        assertThat(area(d, NORTH).travelling()).isZero();
        assertThat(area(d, SOUTH).present()).isEqualTo(1);
        assertThat(area(d, SOUTH).travelling()).as("Dario and Ben on the trip across the south").isEqualTo(2);
        assertThat(d.areas()).allSatisfy(a -> {
            assertThat(a.presentPersons()).isEmpty();
            assertThat(a.travellingPersons()).isEmpty();
        });
        assertThat(audit("manager")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.persons()).as("counts name nobody").isEmpty();
            assertThat(e.granted()).isTrue();
        });
        assertThat(audit("manager")).anySatisfy(e -> assertThat(e.dataClass()).isEqualTo(MovementData.DEPLOYMENT_COUNTS))
                .anySatisfy(e -> assertThat(e.dataClass()).isEqualTo(PeopleData.HEADCOUNT));
    }

    @Test
    void an_officer_sees_the_persons_named_and_each_read_is_audited_naming_them() {
        Deployment d = vigil.movement().deployment().deployment(officer, DURING);

        assertThat(d.named()).isTrue();
        assertThat(area(d, NORTH).presentPersons()).extracting(Deployment.Present::person)
                .containsExactlyInAnyOrder(ana, ben);
        assertThat(area(d, NORTH).presentPersons()).allSatisfy(p -> assertThat(p.reason()).contains("Calle 1"));
        assertThat(area(d, SOUTH).presentPersons()).extracting(Deployment.Present::person).containsExactly(carla);
        assertThat(area(d, SOUTH).travellingPersons()).extracting(Deployment.Travelling::person)
                .containsExactlyInAnyOrder(driverless, ben);
        assertThat(area(d, SOUTH).travellingPersons()).allSatisfy(t -> {
            assertThat(t.movement()).isEqualTo(trip);
            assertThat(t.title()).isEqualTo("Field trip to Cuernavaca");
        });
        assertThat(area(d, SOUTH).travelling()).isEqualTo(2);

        List<AuditEntry> entries = audit("officer");
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.resourceType()).isEqualTo("deployment");
            assertThat(e.dataClass()).isEqualTo(MovementData.MOVEMENT_PLANS);
            assertThat(e.persons()).containsExactlyInAnyOrder(driverless, ben);
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.resourceType()).isEqualTo("locator");
            assertThat(e.dataClass()).isEqualTo(PeopleData.MOVEMENT);
            assertThat(e.persons()).containsExactlyInAnyOrder(ana, ben);
        });
    }

    @Test
    void before_departure_and_after_arrival_nobody_travels_and_a_missing_instant_is_refused() {
        assertThat(area(vigil.movement().deployment().deployment(manager, DEPARTURE.minusSeconds(1)), SOUTH)
                .travelling()).isZero();
        assertThat(area(vigil.movement().deployment().deployment(manager, DEPARTURE), SOUTH).travelling())
                .isEqualTo(2);
        clock.set(DEPARTURE.plus(Duration.ofHours(2)));
        vigil.movement().movements().arrive(officer, trip, new ArrivalDetails(null));
        assertThat(area(vigil.movement().deployment().deployment(manager, clock.instant()), SOUTH).travelling())
                .isZero();
        assertThat(area(vigil.movement().deployment().deployment(manager, DURING), SOUTH).travelling())
                .as("an instant before the arrival still finds them on the road").isEqualTo(2);
        assertThatThrownBy(() -> vigil.movement().deployment().deployment(manager, null))
                .isInstanceOf(InvalidCommandException.class);
    }

    @Test
    void staff_are_refused_even_a_passenger_of_the_movement_and_the_refusal_is_audited() {
        Actor staff = Actor.staff("staff", OFFICE, ben);
        assertThatThrownBy(() -> vigil.movement().deployment().deployment(staff, DURING))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit("staff")).singleElement().satisfies(e -> {
            assertThat(e.granted()).isFalse();
            assertThat(e.dataClass()).isEqualTo(MovementData.DEPLOYMENT_COUNTS);
        });
    }
}
