package io.vigil.testkit.contract.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.liaison.domain.ContactEntry;
import io.vigil.liaison.domain.ContactEntryId;
import io.vigil.liaison.domain.LiaisonContactId;
import io.vigil.liaison.port.out.ContactLog;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.LiaisonGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link ContactLog}; extend it with your adapter. */
public abstract class ContactLogContract extends VersionedStoreContract<ContactEntryId, ContactEntry, ContactLog> {

    @Override
    protected Gen<ContactEntry> newAggregates(OfficeId office) {
        return LiaisonGenerators.contactEntries(office);
    }

    @Override
    protected ContactEntry changed(ContactEntry x) {
        return new ContactEntry(x.id(), x.office(), x.version(), x.contact(), x.at(), x.mode(), "corrected topic", x.by(), x.recordedAt());
    }

    @Test
    void the_list_is_the_offices_own_in_order_and_paged() {
        assertOfficeList(ContactEntry.LATEST_FIRST, store()::list, store()::all, store()::count);
    }

    @Test
    void ofContact_gives_the_offices_records_of_that_contact_in_order() {
        LiaisonContactId one = LiaisonContactId.random();
        LiaisonContactId other = LiaisonContactId.random();
        List<ContactEntry> mine = draw(lists().of(LiaisonGenerators.contactEntries(office)).ofSize(4)).stream()
                .map(x -> new ContactEntry(x.id(), x.office(), 0, one, x.at(), x.mode(), x.topic(), x.by(), x.recordedAt())).map(store()::save).sorted(ContactEntry.LATEST_FIRST).toList();
        ContactEntry x = draw(LiaisonGenerators.contactEntries(office));
        store().save(new ContactEntry(x.id(), x.office(), 0, other, x.at(), x.mode(), x.topic(), x.by(), x.recordedAt()));
        x = draw(LiaisonGenerators.contactEntries(KernelGenerators.freshOffice()));
        store().save(new ContactEntry(x.id(), x.office(), 0, one, x.at(), x.mode(), x.topic(), x.by(), x.recordedAt()));
        assertThat(store().ofContact(office, one)).containsExactlyElementsOf(mine);
    }
}
