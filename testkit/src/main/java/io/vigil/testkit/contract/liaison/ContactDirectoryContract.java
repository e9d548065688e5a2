package io.vigil.testkit.contract.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.liaison.domain.LiaisonContactId;
import io.vigil.liaison.domain.OrganisationId;
import io.vigil.liaison.port.out.ContactDirectory;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.LiaisonGenerators;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link ContactDirectory}; extend it with your adapter. */
public abstract class ContactDirectoryContract extends VersionedStoreContract<LiaisonContactId, LiaisonContact, ContactDirectory> {

    @Override
    protected Gen<LiaisonContact> newAggregates(OfficeId office) {
        return LiaisonGenerators.contacts(office);
    }

    @Override
    protected LiaisonContact changed(LiaisonContact x) {
        return new LiaisonContact(x.id(), x.office(), x.version(), x.organisation(), x.name(), "Deputy chief", List.of(), x.sensitivity(), x.clearedTo(), Optional.of(45), x.since());
    }

    @Test
    void the_list_is_the_offices_own_in_order_and_paged() {
        assertOfficeList(LiaisonContact.BY_NAME, store()::list, store()::all, store()::count);
    }

    @Test
    void ofOrganisation_gives_the_offices_records_of_that_organisation_in_order() {
        OrganisationId one = OrganisationId.random();
        OrganisationId other = OrganisationId.random();
        List<LiaisonContact> mine = draw(lists().of(LiaisonGenerators.contacts(office)).ofSize(4)).stream()
                .map(x -> new LiaisonContact(x.id(), x.office(), 0, one, x.name(), x.role(), x.channels(), x.sensitivity(), x.clearedTo(), x.staleAfterDays(), x.since())).map(store()::save).sorted(LiaisonContact.BY_NAME).toList();
        LiaisonContact x = draw(LiaisonGenerators.contacts(office));
        store().save(new LiaisonContact(x.id(), x.office(), 0, other, x.name(), x.role(), x.channels(), x.sensitivity(), x.clearedTo(), x.staleAfterDays(), x.since()));
        x = draw(LiaisonGenerators.contacts(KernelGenerators.freshOffice()));
        store().save(new LiaisonContact(x.id(), x.office(), 0, one, x.name(), x.role(), x.channels(), x.sensitivity(), x.clearedTo(), x.staleAfterDays(), x.since()));
        assertThat(store().ofOrganisation(office, one)).containsExactlyElementsOf(mine);
    }
}
