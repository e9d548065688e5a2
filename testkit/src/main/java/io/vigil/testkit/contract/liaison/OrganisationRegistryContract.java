package io.vigil.testkit.contract.liaison;


import io.vigil.kernel.OfficeId;
import io.vigil.liaison.domain.Organisation;
import io.vigil.liaison.domain.OrganisationId;
import io.vigil.liaison.port.out.OrganisationRegistry;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.LiaisonGenerators;
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
        assertOfficeList(Organisation.BY_NAME, store()::list, store()::all, store()::count);
    }
}
