package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.Kernel;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.event.InProcessEventBus;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.application.PeopleServices;
import io.vigil.people.domain.HotelStay;
import io.vigil.people.domain.ItineraryLeg;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.domain.Place;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.SpanLimits;
import io.vigil.people.domain.TravelMode;
import io.vigil.people.domain.WardenRosterWindow;
import io.vigil.people.port.in.MissionDetails;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.PresenceDetails;
import io.vigil.people.port.out.PeoplePorts;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.audit.InMemoryAuditLog;
import io.vigil.testkit.memory.people.InMemoryPeopleStores;
import io.vigil.wiring.AccessRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The spans a personnel command may carry: a mission's leg or hotel stay of at most 366 days, a
 * presence of at most 50 years by default, each configurable where the use cases are built; a longer
 * one is refused naming its end, before anything is stored.
 */
class SpanLimitsTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Place MEX = new Place("Mexico City", GeoPoint.of(19.43, -99.13));
    private static final Place OAX = new Place("Oaxaca", GeoPoint.of(17.07, -96.72));

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    private final PeoplePorts ports = new InMemoryPeopleStores().open();
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);

    private PeopleUseCases people(SpanLimits limits) {
        return PeopleServices.create(ports, new Kernel(clock, AccessRegistry.defaultPolicy(),
                CommandValidator.standard(), new InProcessEventBus(), new InMemoryAuditLog()),
                WardenRosterWindow.DEFAULT, limits);
    }

    private static PersonId register(PeopleUseCases people, Actor actor) {
        return people.persons().register(actor, new PersonDetails("Ana", "Ortega", PersonCategory.INTERNATIONAL_STAFF,
                "IBRD", null, List.of(), List.of(), null, null)).person().id();
    }

    private static MissionDetails mission(PersonId member, List<ItineraryLeg> legs, List<HotelStay> stays) {
        return new MissionDetails("Oaxaca visit", null, List.of(member), legs, stays);
    }

    private static ItineraryLeg leg(Instant departure, Instant arrival) {
        return new ItineraryLeg(TravelMode.ROAD, MEX, OAX, departure, arrival);
    }

    private static HotelStay stay(Instant checkIn, Instant checkOut) {
        return new HotelStay(OAX, checkIn, checkOut);
    }

    private static void refusedNaming(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidCommandException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly(field));
    }

    @Test
    void a_leg_of_366_days_is_kept_one_second_more_is_refused_naming_its_arrival() {
        PeopleUseCases people = people(SpanLimits.DEFAULT);
        PersonId ana = register(people, officer);
        Instant year = T0.plus(Duration.ofDays(366));
        Mission kept = people.missions().create(officer, mission(ana, List.of(leg(T0, year)), List.of()));
        assertThat(kept.legs()).hasSize(1);
        refusedNaming(() -> people.missions().create(officer, mission(ana,
                List.of(leg(T0, T0.plusSeconds(3600)), leg(T0, year.plusSeconds(1))), List.of())), "legs[1].arrival");
        assertThat(ports.missions().ofPerson(ana)).containsExactly(kept);
    }

    @Test
    void a_leg_from_year_one_is_refused() {
        PeopleUseCases people = people(SpanLimits.DEFAULT);
        PersonId ana = register(people, officer);
        refusedNaming(() -> people.missions().create(officer, mission(ana,
                List.of(leg(Instant.parse("0001-01-01T00:00:00Z"), T0)), List.of())), "legs[0].arrival");
        refusedNaming(() -> people.missions().create(officer, mission(ana,
                List.of(leg(Instant.MIN, Instant.MAX)), List.of())), "legs[0].arrival");
        assertThat(ports.missions().ofPerson(ana)).isEmpty();
    }

    @Test
    void a_hotel_stay_over_366_days_is_refused_naming_its_check_out() {
        PeopleUseCases people = people(SpanLimits.DEFAULT);
        PersonId ana = register(people, officer);
        Instant year = T0.plus(Duration.ofDays(366));
        assertThat(people.missions().create(officer, mission(ana, List.of(), List.of(stay(T0, year)))).stays())
                .hasSize(1);
        refusedNaming(() -> people.missions().create(officer, mission(ana, List.of(),
                List.of(stay(T0, T0.plusSeconds(86_400)), stay(T0, year.plusSeconds(1))))), "stays[1].checkOut");
    }

    @Test
    void an_update_is_bound_as_a_creation_is() {
        PeopleUseCases people = people(SpanLimits.DEFAULT);
        PersonId ana = register(people, officer);
        Mission m = people.missions().create(officer, mission(ana, List.of(leg(T0, T0.plusSeconds(3600))), List.of()));
        refusedNaming(() -> people.missions().update(officer, m.id(), m.version(), mission(ana,
                List.of(leg(T0, T0.plus(Duration.ofDays(400)))), List.of())), "legs[0].arrival");
        assertThat(ports.missions().ofPerson(ana)).containsExactly(m);
    }

    @Test
    void a_presence_of_fifty_years_is_kept_one_second_more_is_refused_naming_its_departure() {
        PeopleUseCases people = people(SpanLimits.DEFAULT);
        PersonId ana = register(people, officer);
        // 50 years of 365.25 days: 18,262.5 days.
        Instant fifty = T0.plus(Duration.ofHours(18_262 * 24 + 12));
        people.presences().create(officer, new PresenceDetails(ana, T0, fifty));
        PersonId ben = register(people, officer);
        refusedNaming(() -> people.presences().create(officer, new PresenceDetails(ben, T0, fifty.plusSeconds(1))),
                "departure");
        assertThat(ports.presences().ofPerson(ben)).isEmpty();
    }

    @Test
    void a_departure_recorded_later_is_bound_too_and_an_open_presence_is_not() {
        PeopleUseCases people = people(SpanLimits.DEFAULT);
        PersonId ana = register(people, officer);
        Presence open = people.presences().create(officer,
                new PresenceDetails(ana, Instant.parse("1950-01-01T00:00:00Z"), null));
        refusedNaming(() -> people.presences().depart(officer, open.id(), open.version(), T0), "departure");
        assertThat(ports.presences().ofPerson(ana)).containsExactly(open);
    }

    @Test
    void the_limits_are_configured_where_the_use_cases_are_built() {
        PeopleUseCases people = people(new SpanLimits(30, 7, 2));
        PersonId ana = register(people, officer);
        people.missions().create(officer, mission(ana, List.of(leg(T0, T0.plus(Duration.ofDays(30)))),
                List.of(stay(T0, T0.plus(Duration.ofDays(7))))));
        refusedNaming(() -> people.missions().create(officer, mission(ana,
                List.of(leg(T0, T0.plus(Duration.ofDays(31)))), List.of())), "legs[0].arrival");
        refusedNaming(() -> people.missions().create(officer, mission(ana, List.of(),
                List.of(stay(T0, T0.plus(Duration.ofDays(8)))))), "stays[0].checkOut");
        refusedNaming(() -> people.presences().create(officer, new PresenceDetails(ana, T0,
                T0.plus(Duration.ofDays(731)))), "departure");
    }

    @Test
    void limits_out_of_range_are_refused_naming_the_limit() {
        assertThatThrownBy(() -> new SpanLimits(0, 1, 1)).hasMessageContaining("legDays");
        assertThatThrownBy(() -> new SpanLimits(1, 40_000, 1)).hasMessageContaining("stayDays");
        assertThatThrownBy(() -> new SpanLimits(1, 1, 101)).hasMessageContaining("presenceYears");
    }
}
