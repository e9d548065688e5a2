package io.vigil.testkit.contract.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityId;
import io.vigil.risk.port.out.FacilityRegistry;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.RiskGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link FacilityRegistry}; extend it with your adapter. */
public abstract class FacilityRegistryContract extends VersionedStoreContract<FacilityId, Facility, FacilityRegistry> {

    @Override
    protected Gen<Facility> newAggregates(OfficeId office) {
        return RiskGenerators.facilities(office);
    }

    @Override
    protected Facility changed(Facility f) {
        return new Facility(f.id(), f.office(), f.version(), f.name() + " (renovated)", f.kind(), f.address(),
                f.location(), f.residenceRef(), f.assets().isEmpty() ? f.assets()
                : f.assets().subList(1, f.assets().size()), f.surveys());
    }

    @Test
    void list_and_all_are_the_offices_own_by_name() {
        List<Facility> saved = draw(lists().of(RiskGenerators.facilities(office)).ofSize(4)).stream()
                .map(store()::save).sorted(FacilityRegistry.BY_NAME)
                .toList();
        store().save(draw(RiskGenerators.facilities(KernelGenerators.freshOffice())));
        assertThat(store().all(office)).containsExactlyElementsOf(saved);
        var page = store().list(office, new PageRequest(2, 5));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(2, 4));
        assertThat(store().all(KernelGenerators.freshOffice())).isEmpty();
    }
}
