package io.vigil.testkit.contract.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.people.domain.WardenZone;
import io.vigil.people.port.out.WardenZoneRegistry;
import io.vigil.testkit.arbitraries.VigilArbitraries;
import io.vigil.testkit.contract.VersionedStoreContract;
import java.util.List;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/** The contract of {@link WardenZoneRegistry}; extend it with your adapter. */
public abstract class WardenZoneRegistryContract
        extends VersionedStoreContract<WardenZoneId, WardenZone, WardenZoneRegistry> {

    @Override
    protected Arbitrary<WardenZone> newAggregates(OfficeId office) {
        return VigilArbitraries.wardenZones(office);
    }

    @Override
    protected WardenZone changed(WardenZone z) {
        return new WardenZone(z.id(), z.office(), z.version(), z.name() + " (redrawn)", z.outline().subList(0, 3),
                z.warden(), List.of());
    }

    @Test
    void the_list_is_the_offices_own_by_id() {
        List<WardenZone> saved = VigilArbitraries.wardenZones(office).list().ofSize(5).uniqueElements(WardenZone::id)
                .sample().stream().map(store()::save).sorted(WardenZone.BY_ID).toList();
        store().save(VigilArbitraries.wardenZones(VigilArbitraries.freshOffice()).sample());
        assertThat(store().list(office)).containsExactlyElementsOf(saved);
        assertThat(store().list(VigilArbitraries.freshOffice())).isEmpty();
    }

    @Test
    void the_outline_comes_back_vertex_for_vertex() {
        WardenZone saved = store().save(VigilArbitraries.wardenZones(office).sample());
        WardenZone read = store().findById(saved.id()).orElseThrow();
        assertThat(read.outline()).containsExactlyElementsOf(saved.outline());
        assertThat(read.area().contains(saved.outline().get(0))).isTrue();
    }
}
