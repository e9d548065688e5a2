package io.vigil.testkit.contract.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.PresenceId;
import io.vigil.people.domain.StayCounts;
import io.vigil.people.port.out.PresenceLog;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.PeopleGenerators;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link PresenceLog}: extend it to prove an adapter. */
public abstract class PresenceLogContract extends VersionedStoreContract<PresenceId, Presence, PresenceLog> {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Override
    protected Gen<Presence> newAggregates(OfficeId office) {
        return PeopleGenerators.presences(office);
    }

    @Override
    protected Presence changed(Presence p) {
        return new Presence(p.id(), p.office(), p.version(), p.person(), p.arrival(),
                Optional.of(p.departure().orElse(p.arrival()).plusSeconds(3600)));
    }

    private Presence stay(PersonId person, Instant arrival, Instant departure) {
        return new Presence(PresenceId.random(), office, 0, person, arrival, Optional.ofNullable(departure));
    }

    @Test
    void present_at_includes_the_arrival_instant_and_excludes_the_departure_instant() {
        Presence closed = store().save(stay(PersonId.random(), T0, T0.plusSeconds(3600)));
        Presence open = store().save(stay(PersonId.random(), T0.plusSeconds(60), null));
        assertThat(store().presentAt(office, T0)).containsExactly(closed);
        assertThat(store().presentAt(office, T0.plusSeconds(60))).containsExactlyInAnyOrder(closed, open);
        assertThat(store().presentAt(office, T0.plusSeconds(3600))).containsExactly(open);
        assertThat(store().presentAt(office, T0.minusSeconds(1))).isEmpty();
        assertThat(store().presentAt(KernelGenerators.freshOffice(), T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void lists_a_persons_stays_latest_arrival_first() {
        PersonId person = PersonId.random();
        Presence first = store().save(stay(person, T0, T0.plusSeconds(10)));
        Presence second = store().save(stay(person, T0.plusSeconds(100), null));
        store().save(stay(PersonId.random(), T0, null));
        assertThat(store().ofPerson(person)).containsExactly(second, first);
        assertThat(store().list(office, PageRequest.first(1)).items()).containsExactly(second);
        assertThat(store().list(office, PageRequest.first(10)).total()).isEqualTo(3);
    }

    @Test
    void finds_the_stays_of_many_persons_at_once_as_one_by_one() {
        PersonId twice = PersonId.random();
        PersonId once = PersonId.random();
        PersonId never = PersonId.random();
        store().save(stay(twice, T0, T0.plusSeconds(10)));
        store().save(stay(twice, T0.plusSeconds(100), null));
        store().save(stay(once, T0.plusSeconds(5), T0.plusSeconds(50)));
        store().save(stay(PersonId.random(), T0, null));
        List<PersonId> asked = List.of(once, never, twice, once);
        Map<PersonId, List<Presence>> found = store().ofPersons(asked);
        assertThat(found.keySet()).containsExactly(once, never, twice);
        found.forEach((person, stays) -> assertThat(stays).isEqualTo(store().ofPerson(person)));
        assertThat(found.get(twice)).hasSize(2);
        assertThat(found.get(never)).isEmpty();
    }

    @Test
    void counts_by_office_the_persons_with_stays_and_those_a_stay_covers() {
        OfficeId other = KernelGenerators.freshOffice();
        PersonId here = PersonId.random();
        PersonId gone = PersonId.random();
        PersonId arriving = PersonId.random();
        Instant at = T0.plusSeconds(3600);
        store().save(stay(here, T0.minusSeconds(86_400), T0.minusSeconds(3600)));
        store().save(stay(here, T0, null));
        store().save(stay(gone, T0.minusSeconds(7200), at));
        store().save(stay(arriving, at.plusSeconds(1), null));
        store().save(new Presence(PresenceId.random(), other, 0, PersonId.random(), at, Optional.empty()));
        store().save(new Presence(PresenceId.random(), KernelGenerators.freshOffice(), 0, PersonId.random(), T0,
                Optional.empty()));
        Map<OfficeId, StayCounts> counts = store().stayCounts(List.of(office, other, KernelGenerators.freshOffice()),
                at);
        // here: two stays, the open one covers; gone: left at the instant; arriving: arrives after it
        assertThat(counts).isEqualTo(Map.of(office, new StayCounts(3, 1), other, new StayCounts(1, 1)));
        // two hours before: here's first stay covers it, and gone arrives at that very instant
        assertThat(store().stayCounts(List.of(office), T0.minusSeconds(7200)))
                .isEqualTo(Map.of(office, new StayCounts(3, 2)));
        assertThat(store().stayCounts(List.of(), at)).isEmpty();
    }
}
