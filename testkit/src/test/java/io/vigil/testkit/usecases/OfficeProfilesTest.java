package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.crisis.domain.DrillDue;
import io.vigil.crisis.domain.ExerciseKind;
import io.vigil.crisis.port.in.ExerciseDetails;
import io.vigil.crisis.port.in.ScheduleDetails;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.movement.port.in.MovementSettingsDetails;
import io.vigil.people.domain.OfficeProfile;
import io.vigil.people.port.in.OfficeDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import io.vigil.travel.port.in.TravelPolicyDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The office profiles as the one source of an office's zone: who reads and sets them, bad input named
 * at once, the settings that take the profile's zone, and local days across the date line.
 */
class OfficeProfilesTest {
    private static final OfficeId BANGUI = OfficeId.of("CF-BGF");
    private static final OfficeId MEXICO = OfficeId.of("MX-MEX");
    private static final OfficeId KIRITIMATI = OfficeId.of("KI-CXI");
    private static final OfficeId GREENWICH = OfficeId.of("GB-LON");

    private final MutableClock clock = MutableClock.at("2026-10-10T00:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Actor bangui = Actor.of("officer@bgf", BANGUI, Role.SECURITY_OFFICER);
    private final Actor mexico = Actor.of("officer@mex", MEXICO, Role.SECURITY_OFFICER);

    private OfficeProfile set(Actor officer, String zone, String country) {
        return vigil.people().offices().set(officer, officer.office(), 0, new OfficeDetails("Office " + officer.office(),
                zone, country));
    }

    @Test
    void a_bad_zone_and_a_bad_country_are_named_at_once_and_nothing_is_stored() {
        assertThatThrownBy(() -> set(bangui, "Africa/Bangi", "XX"))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("timeZone", "country"))
                .hasMessageContaining("'Africa/Bangi'");
        assertThatThrownBy(() -> set(bangui, "+01:00", "CF")).isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("timeZone");
        assertThatThrownBy(() -> vigil.people().offices().get(bangui, BANGUI)).isInstanceOf(NotFoundException.class);
        assertThat(vigil.people().offices().zoneOf(BANGUI)).isEmpty();
    }

    @Test
    void an_officer_sets_and_reads_their_own_office_the_soc_reads_every_office() {
        set(bangui, "Africa/Bangui", "CF");
        set(mexico, "America/Mexico_City", "MX");
        assertThatThrownBy(() -> vigil.people().offices().set(mexico, BANGUI, 1, new OfficeDetails("Taken",
                "Europe/Paris", "FR"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vigil.people().offices().set(Actor.of("assoc", BANGUI, Role.SECURITY_ASSOCIATE),
                BANGUI, 1, new OfficeDetails("Renamed", "Africa/Bangui", "CF"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vigil.people().offices().get(mexico, BANGUI)).isInstanceOf(AccessDeniedException.class);
        assertThat(vigil.people().offices().list(mexico, new PageRequest(0, 10)).items())
                .extracting(o -> o.id().value()).containsExactly("MX-MEX");
        Actor soc = Actor.of("soc", MEXICO, Role.SOC_OPERATOR);
        assertThat(vigil.people().offices().list(soc, new PageRequest(0, 10)).items())
                .extracting(o -> o.id().value()).containsExactly("CF-BGF", "MX-MEX");
        assertThat(vigil.people().offices().get(soc, BANGUI).timeZone()).isEqualTo(ZoneId.of("Africa/Bangui"));
        assertThat(vigil.people().offices().get(bangui, BANGUI).version()).as("refused writes changed nothing")
                .isEqualTo(1);
    }

    @Test
    void travel_and_movement_settings_take_the_profiles_zone_and_refuse_another() {
        Actor paris = Actor.of("officer@par", OfficeId.of("FR-PAR"), Role.SECURITY_OFFICER);
        set(paris, "Europe/Paris", "FR");
        assertThat(vigil.travel().policy().get(paris).timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(vigil.movement().settings().get(paris).zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThatThrownBy(() -> vigil.travel().policy().set(paris, 0, new TravelPolicyDetails("UTC", 30, 7)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("timeZone")
                .hasMessageContaining("Europe/Paris");
        assertThatThrownBy(() -> vigil.movement().settings().set(paris, 0, new MovementSettingsDetails("UTC", 30, 5,
                8, true, null))).isInstanceOf(InvalidCommandException.class).hasMessageContaining("Europe/Paris");
        assertThat(vigil.travel().policy().set(paris, 0, new TravelPolicyDetails(null, 12, 7)).timeZone())
                .isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(vigil.movement().settings().set(paris, 0, new MovementSettingsDetails(null, 30, 5, 8, true, null))
                .timeZone()).isEqualTo("Europe/Paris");
        vigil.people().offices().set(paris, paris.office(), 1, new OfficeDetails("Moved", "America/Havana", "CU"));
        assertThat(vigil.travel().policy().get(paris).timeZone()).as("a change of the profile is the settings' zone")
                .isEqualTo(ZoneId.of("America/Havana"));
        assertThat(vigil.movement().settings().get(paris).zone()).isEqualTo(ZoneId.of("America/Havana"));
    }

    /**
     * A monthly fire drill from 1 September, held at 2026-09-30 12:00 UTC: 1 October 02:00 in Kiritimati
     * (UTC+14), so its next drill is due 1 November there and none is overdue on 10 October; in an office
     * on UTC it was held on 30 September, its next drill was due 1 October and is overdue.
     */
    @Test
    void a_drill_is_held_on_the_offices_local_day_across_the_date_line() {
        Actor kiritimati = Actor.of("officer@cxi", KIRITIMATI, Role.SECURITY_OFFICER);
        Actor greenwich = Actor.of("officer@lon", GREENWICH, Role.SECURITY_OFFICER);
        set(kiritimati, "Pacific/Kiritimati", "KI");
        set(greenwich, "UTC", "GB");
        for (Actor officer : List.of(kiritimati, greenwich)) {
            vigil.crisis().exercises().setSchedule(officer, 0, new ScheduleDetails(List.of(
                    new ScheduleDetails.RuleDetails(ExerciseKind.FIRE, "FREQ=MONTHLY", LocalDate.of(2026, 9, 1)))));
            vigil.crisis().exercises().create(officer, new ExerciseDetails(ExerciseKind.FIRE, "Fire drill",
                    Instant.parse("2026-09-30T12:00:00Z"), null, null, null, null));
        }
        assertThat(vigil.crisis().exercises().overdue(kiritimati, clock.instant()).drills()).containsExactly(
                new DrillDue(ExerciseKind.FIRE, "FREQ=MONTHLY", Optional.of(LocalDate.of(2026, 10, 1)),
                        Optional.of(LocalDate.of(2026, 11, 1)), false));
        assertThat(vigil.crisis().exercises().overdue(greenwich, clock.instant()).drills()).containsExactly(
                new DrillDue(ExerciseKind.FIRE, "FREQ=MONTHLY", Optional.of(LocalDate.of(2026, 9, 30)),
                        Optional.of(LocalDate.of(2026, 10, 1)), true));
    }
}
