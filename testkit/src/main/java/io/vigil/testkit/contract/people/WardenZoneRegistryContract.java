package io.vigil.testkit.contract.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.people.domain.WardenZone;
import io.vigil.people.port.out.WardenZoneRegistry;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.PeopleGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link WardenZoneRegistry}; extend it with your adapter. */
public abstract class WardenZoneRegistryContract
        extends VersionedStoreContract<WardenZoneId, WardenZone, WardenZoneRegistry> {

    @Override
    protected Gen<WardenZone> newAggregates(OfficeId office) {
        return PeopleGenerators.wardenZones(office);
    }

    @Override
    protected WardenZone changed(WardenZone z) {
        return new WardenZone(z.id(), z.office(), z.version(), z.name() + " (redrawn)", z.outline().subList(0, 3),
                z.warden(), List.of());
    }

    @Test
    void the_list_is_the_offices_own_by_id() {
        List<WardenZone> saved = draw(lists().of(PeopleGenerators.wardenZones(office)).ofSize(5)).stream()
                .map(store()::save).sorted(WardenZone.BY_ID).toList();
        store().save(draw(PeopleGenerators.wardenZones(KernelGenerators.freshOffice())));
        assertThat(store().list(office)).containsExactlyElementsOf(saved);
        assertThat(store().list(KernelGenerators.freshOffice())).isEmpty();
    }

    @Test
    void the_outline_comes_back_vertex_for_vertex() {
        WardenZone saved = store().save(draw(PeopleGenerators.wardenZones(office)));
        WardenZone read = store().findById(saved.id()).orElseThrow();
        assertThat(read.outline()).containsExactlyElementsOf(saved.outline());
        assertThat(read.area().contains(saved.outline().get(0))).isTrue();
    }
}
