package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.PeopleData;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.domain.PresenceHeadcount;
import io.vigil.people.domain.Whereabouts;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.PresenceDetails;
import io.vigil.people.port.in.WhereaboutsEntry;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who is in the country and who is abroad, from the stays recorded: counts for managers, names for security. */
class HeadcountTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private final MutableClock clock = MutableClock.at("2026-09-19T13:14:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Instant now = clock.instant();

    private PersonId person(String given, PersonCategory category, String unit, PersonId sponsor) {
        return vigil.people().persons().register(officer, new PersonDetails(given, "Count", category, unit, sponsor,
                List.of(), List.of(), null, null)).person().id();
    }

    private void stay(PersonId who, long fromDaysAgo, Long toDaysAgo) {
        vigil.people().presences().record(officer, new PresenceDetails(who, now.minus(Duration.ofDays(fromDaysAgo)),
                toDaysAgo == null ? null : now.minus(Duration.ofDays(toDaysAgo))));
    }

    private final PersonId here = person("Here", PersonCategory.INTERNATIONAL_STAFF, "IBRD", null);
    private final PersonId kid = person("Kid", PersonCategory.DEPENDENT, "IBRD", here);
    private final PersonId away = person("Away", PersonCategory.INTERNATIONAL_STAFF, "IFC", null);
    private final PersonId visitor = person("Visitor", PersonCategory.MISSION_VISITOR, "IFC", null);
    private final PersonId local = person("Local", PersonCategory.NATIONAL_STAFF, "IBRD", null);

    {
        stay(here, 300, null);
        stay(kid, 300, null);
        stay(away, 300, 200L);
        stay(away, 100, 3L);
        stay(visitor, 10, 2L);
    }

    @Test
    void each_person_is_in_the_country_abroad_or_without_a_stay_counted_by_category_and_unit() {
        PresenceHeadcount h = vigil.people().headcounts().headcount(Actor.of("m", OFFICE, Role.MANAGER), now);
        assertThat(h.of(Whereabouts.IN_COUNTRY).total()).isEqualTo(2);
        assertThat(h.of(Whereabouts.IN_COUNTRY).byCategory()).containsEntry(PersonCategory.INTERNATIONAL_STAFF, 1)
                .containsEntry(PersonCategory.DEPENDENT, 1);
        assertThat(h.of(Whereabouts.ABROAD).total()).isEqualTo(2);
        assertThat(h.of(Whereabouts.ABROAD).byOrgUnit()).containsEntry("IFC", 2).doesNotContainKey("IBRD");
        assertThat(h.of(Whereabouts.NO_STAY_RECORDED).total()).isEqualTo(1);
        assertThat(h.of(Whereabouts.NO_STAY_RECORDED).byCategory()).containsEntry(PersonCategory.NATIONAL_STAFF, 1);

        PresenceHeadcount before = vigil.people().headcounts().headcount(officer, now.minus(Duration.ofDays(5)));
        assertThat(before.of(Whereabouts.IN_COUNTRY).total()).as("five days ago all four were here").isEqualTo(4);
    }

    @Test
    void names_are_movements_for_security_roles_and_the_soc_not_for_managers_and_are_audited() {
        List<WhereaboutsEntry> abroad = vigil.people().headcounts().persons(officer, Whereabouts.ABROAD, now,
                PageRequest.first(50)).items();
        assertThat(abroad).extracting(WhereaboutsEntry::person).containsExactlyInAnyOrder(away, visitor);
        assertThat(abroad).filteredOn(e -> e.person().equals(away)).singleElement()
                .satisfies(e -> assertThat(e.since()).contains(now.minus(Duration.ofDays(3))));
        assertThat(vigil.people().headcounts().persons(Actor.of("soc", OFFICE, Role.SOC_OPERATOR),
                Whereabouts.IN_COUNTRY, now, PageRequest.first(50)).items()).extracting(WhereaboutsEntry::person)
                .containsExactlyInAnyOrder(here, kid);
        assertThatThrownBy(() -> vigil.people().headcounts().persons(Actor.of("m", OFFICE, Role.MANAGER),
                Whereabouts.ABROAD, now, PageRequest.first(50))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vigil.people().headcounts().headcount(Actor.staff("s", OFFICE, local), now))
                .isInstanceOf(AccessDeniedException.class);

        List<AuditEntry> audited = vigil.audit().find(officer, new AuditQuery(OFFICE, Optional.of("officer"),
                Optional.of(away)), PageRequest.first(50)).items();
        assertThat(audited).anySatisfy(e -> {
            assertThat(e.dataClass()).isEqualTo(PeopleData.MOVEMENT);
            assertThat(e.resourceType()).isEqualTo("headcount");
            assertThat(e.persons()).containsExactlyInAnyOrder(away, visitor);
        });
        vigil.people().headcounts().headcount(Actor.of("m", OFFICE, Role.MANAGER), now);
        assertThat(vigil.audit().find(officer, new AuditQuery(OFFICE, Optional.of("m"), Optional.empty()),
                PageRequest.first(50)).items()).anySatisfy(e -> assertThat(e.dataClass())
                .isEqualTo(PeopleData.HEADCOUNT));
    }
}
