package io.vigil.testkit.contract.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.crisis.domain.EvacueeStatus;
import io.vigil.crisis.domain.Relocation;
import io.vigil.crisis.domain.RelocationId;
import io.vigil.crisis.port.out.RelocationLog;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.CrisisGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The contract of {@link RelocationLog}; extend it with your adapter. */
public abstract class RelocationLogContract extends VersionedStoreContract<RelocationId, Relocation, RelocationLog> {

    @Override
    protected Gen<Relocation> newAggregates(OfficeId office) {
        return CrisisGenerators.relocations(office);
    }

    /** The relocation with the haven renamed. */
    @Override
    protected Relocation changed(Relocation r) {
        return new Relocation(r.id(), r.office(), r.version(), r.kind(), r.area(), r.areaName(), r.haven() + " (annex)",
                r.at(), r.declaredBy(), r.declaredAt(), r.activation(), r.transport(), r.priority(), r.evacuees());
    }

    @Test
    void the_list_is_the_offices_own_latest_declared_first_and_paged() {
        List<Relocation> saved = draw(SourceDSL.lists().of(CrisisGenerators.relocations(office)).ofSize(5)).stream()
                .map(store()::save).sorted(RelocationLog.LATEST_FIRST).toList();
        store().save(draw(CrisisGenerators.relocations(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
    }

    @Test
    void every_state_recorded_reads_back_in_order() {
        Relocation r = draw(CrisisGenerators.relocations(office));
        if (r.evacuees().isEmpty()) {
            return;
        }
        var person = r.evacuees().get(0).person();
        Relocation changed = r.record(person, EvacueeStatus.NOT_FOUND, Optional.of("not at home"), "warden",
                r.at().plusSeconds(900)).record(person, EvacueeStatus.ARRIVED, Optional.empty(), "soc",
                r.at().plusSeconds(3600));
        Relocation stored = store().save(changed);
        assertThat(store().findById(r.id())).contains(stored);
        assertThat(stored.evacuee(person).orElseThrow().changes()).extracting(c -> c.status())
                .containsExactly(EvacueeStatus.MOVED, EvacueeStatus.NOT_FOUND, EvacueeStatus.ARRIVED);
    }
}
