package io.vigil.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.multibindings.OptionalBinder;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.HotelStay;
import io.vigil.people.domain.ItineraryLeg;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.domain.Place;
import io.vigil.people.domain.SpanLimits;
import io.vigil.people.domain.TravelMode;
import io.vigil.people.domain.WardenRosterWindow;
import io.vigil.people.port.in.MissionDetails;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.PresenceDetails;
import io.vigil.people.port.in.WardenZoneDetails;
import io.vigil.wiring.VigilCoreModule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The personnel limits bound through Guice are the ones the use cases enforce: without a binding
 * the documented defaults (366-day legs and stays, 50-year presences, a week either way for a
 * warden's roster), with one the host's.
 */
class ConfiguredLimitsWiringTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Place MEX = new Place("Mexico City", GeoPoint.of(19.43, -99.13));
    private static final WardenZoneId SOUTH = WardenZoneId.of("CDMX-SUR");
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);

    private static PeopleUseCases people(Module... more) {
        Module clock = binder -> binder.bind(Clock.class).toInstance(Clock.fixed(NOW, java.time.ZoneOffset.UTC));
        List<Module> modules = new java.util.ArrayList<>(List.of(com.google.inject.util.Modules.override(
                new VigilCoreModule()).with(clock), new InMemoryAdapterModule()));
        modules.addAll(List.of(more));
        Injector injector = Guice.createInjector(modules);
        return injector.getInstance(PeopleUseCases.class);
    }

    private PersonId register(PeopleUseCases people) {
        return people.persons().register(officer, new PersonDetails("Ana", "Ortega", PersonCategory.NATIONAL_STAFF,
                "IBRD", null, List.of(), List.of(), null, null)).person().id();
    }

    private static MissionDetails legOf(PersonId member, Duration length) {
        return new MissionDetails("Visit", null, List.of(member), List.of(new ItineraryLeg(TravelMode.ROAD, MEX, MEX,
                NOW, NOW.plus(length))), List.of());
    }

    private static MissionDetails stayOf(PersonId member, Duration length) {
        return new MissionDetails("Visit", null, List.of(member), List.of(), List.of(new HotelStay(MEX, NOW,
                NOW.plus(length))));
    }

    private static void refusedNaming(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidCommandException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly(field));
    }

    @Test
    void without_a_binding_the_default_span_limits_hold() {
        PeopleUseCases people = people();
        PersonId ana = register(people);
        people.missions().create(officer, legOf(ana, Duration.ofDays(366)));
        refusedNaming(() -> people.missions().create(officer, legOf(ana, Duration.ofDays(367))), "legs[0].arrival");
    }

    @Test
    void bound_span_limits_are_the_ones_enforced() {
        PeopleUseCases people = people(binder -> OptionalBinder.newOptionalBinder(binder, SpanLimits.class)
                .setBinding().toInstance(new SpanLimits(10, 20, 2)));
        PersonId ana = register(people);
        people.missions().create(officer, legOf(ana, Duration.ofDays(10)));
        refusedNaming(() -> people.missions().create(officer, legOf(ana, Duration.ofDays(10).plusSeconds(1))),
                "legs[0].arrival");
        people.missions().create(officer, stayOf(ana, Duration.ofDays(20)));
        refusedNaming(() -> people.missions().create(officer, stayOf(ana, Duration.ofDays(21))), "stays[0].checkOut");
        refusedNaming(() -> people.presences().create(officer, new PresenceDetails(ana, NOW,
                NOW.plus(Duration.ofDays(3 * 366)))), "departure");
    }

    @Test
    void a_bound_roster_window_is_the_one_a_warden_is_held_to() {
        Module oneDay = binder -> OptionalBinder.newOptionalBinder(binder, WardenRosterWindow.class).setBinding()
                .toInstance(new WardenRosterWindow(Duration.ofDays(1), Duration.ofDays(1)));
        for (boolean configured : List.of(false, true)) {
            PeopleUseCases people = configured ? people(oneDay) : people();
            PersonId jorge = register(people);
            people.zones().create(officer, new WardenZoneDetails(SOUTH, "South", GeoArea.rectangle(
                    new GeoPoint(19.30, -99.25), new GeoPoint(19.40, -99.10)).vertices(), jorge, List.of()));
            Actor warden = Actor.warden("jorge", OFFICE, jorge, Set.of(SOUTH));
            Instant threeDaysAgo = NOW.minus(Duration.ofDays(3));
            if (configured) {
                assertThatThrownBy(() -> people.zones().roster(warden, SOUTH, threeDaysAgo))
                        .isInstanceOf(AccessDeniedException.class);
            } else {
                assertThat(people.zones().roster(warden, SOUTH, threeDaysAgo)).isNotNull();
            }
            assertThat(people.zones().roster(warden, SOUTH, NOW.minus(Duration.ofHours(20)))).isNotNull();
        }
    }
}
