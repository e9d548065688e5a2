package io.vigil.testkit.contract.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.movement.domain.CallIn;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.MovementId;
import io.vigil.movement.domain.MovementStatus;
import io.vigil.movement.port.out.MovementLog;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.MovementGenerators;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link MovementLog}; extend it with your adapter. */
public abstract class MovementLogContract extends VersionedStoreContract<MovementId, Movement, MovementLog> {

    @Override
    protected Gen<Movement> newAggregates(OfficeId office) {
        return MovementGenerators.movements(office);
    }

    /** The movement with one call-in more (or, when arrived, its title changed). */
    @Override
    protected Movement changed(Movement m) {
        if (m.arrivedAt().isPresent() || m.callIns().size() >= 3) {
            return new Movement(m.id(), m.office(), m.version(), m.title() + " (changed)", m.route(), m.vehicles(),
                    m.drivers(), m.convoyLeader(), m.escort(), m.departure(), m.arrival(), m.passengers(), m.schedule(),
                    m.callIns(), m.episodes(), m.arrivedAt(), m.routeCheck(), m.approval());
        }
        return m.callIn(new CallIn(m.lastContact().plusSeconds(60), "Radio room", Optional.empty(), Optional.empty(),
                "soc")).orElseThrow();
    }

    @Test
    void the_list_is_the_offices_own_latest_departure_first_and_paged() {
        List<Movement> saved = draw(lists().of(MovementGenerators.movements(office)).ofSize(5)).stream()
                .map(store()::save).sorted(MovementLog.LATEST_FIRST).toList();
        store().save(draw(MovementGenerators.movements(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
    }

    @Test
    void the_tracked_movements_are_the_offices_own_not_arrived_earliest_first_and_follow_arrivals() {
        List<Movement> saved = draw(lists().of(MovementGenerators.movements(office)).ofSize(8)).stream()
                .map(store()::save).toList();
        store().save(draw(MovementGenerators.movements(KernelGenerators.freshOffice())));
        List<Movement> tracked = saved.stream().filter(m -> m.arrivedAt().isEmpty())
                .sorted(MovementLog.EARLIEST_FIRST).toList();
        assertThat(store().tracked(office)).containsExactlyElementsOf(tracked);
        if (!tracked.isEmpty()) {
            Movement first = tracked.get(0);
            Movement arrived = store().save(first.arrive(first.lastContact().plusSeconds(5)).orElseThrow());
            assertThat(store().tracked(office)).doesNotContain(first, arrived).hasSize(tracked.size() - 1);
        }
        assertThat(store().tracked(KernelGenerators.freshOffice())).isEmpty();
    }

    @Test
    void counts_by_office_the_movements_overdue_at_an_instant_as_their_status_says() {
        OfficeId other = KernelGenerators.freshOffice();
        List<Movement> saved = new java.util.ArrayList<>(draw(lists().of(MovementGenerators.movements(office))
                .ofSize(8)).stream().map(store()::save).toList());
        saved.addAll(draw(lists().of(MovementGenerators.movements(other)).ofSize(3)).stream().map(store()::save)
                .toList());
        store().save(draw(MovementGenerators.movements(KernelGenerators.freshOffice())));
        List<Instant> instants = new java.util.ArrayList<>();
        saved.forEach(m -> {
            instants.add(m.departure().minusSeconds(1));
            instants.add(m.deadline().minusSeconds(1));
            instants.add(m.deadline().plusSeconds(1));
        });
        for (Instant at : instants) {
            Map<OfficeId, Integer> expected = new java.util.HashMap<>();
            saved.stream().filter(m -> m.statusAt(at) == MovementStatus.OVERDUE)
                    .forEach(m -> expected.merge(m.office(), 1, Integer::sum));
            assertThat(store().overdueCounts(List.of(office, other), at)).as("at %s", at).isEqualTo(expected);
        }
        assertThat(instants.stream().anyMatch(at -> !store().overdueCounts(List.of(office, other), at).isEmpty()))
                .as("some instant finds an overdue movement").isTrue();
        assertThat(store().overdueCounts(List.of(), Instant.EPOCH)).isEmpty();
    }
}
