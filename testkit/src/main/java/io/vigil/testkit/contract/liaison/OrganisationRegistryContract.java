package io.vigil.testkit.contract.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.liaison.domain.Organisation;
import io.vigil.liaison.domain.OrganisationId;
import io.vigil.liaison.port.out.OrganisationRegistry;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.LiaisonGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link OrganisationRegistry}; extend it with your adapter. */
public abstract class OrganisationRegistryContract extends VersionedStoreContract<OrganisationId, Organisation, OrganisationRegistry> {

    @Override
    protected Gen<Organisation> newAggregates(OfficeId office) {
        return LiaisonGenerators.organisations(office);
    }

    @Override
    protected Organisation changed(Organisation x) {
        return new Organisation(x.id(), x.office(), x.version(), x.name() + " (renamed)", x.kind(), "moved office");
    }

    @Test
    void the_list_is_the_offices_own_in_order_and_paged() {
        List<Organisation> saved = draw(lists().of(LiaisonGenerators.organisations(office)).ofSize(5)).stream()
                .map(store()::save).sorted(Organisation.BY_NAME).toList();
        store().save(draw(LiaisonGenerators.organisations(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(store().count(office)).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
        assertThat(store().all(office)).containsExactlyElementsOf(saved);
    }
}
