package io.vigil.jdbc.liaison;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.liaison.domain.ContactEntry;
import io.vigil.liaison.domain.ContactEntryId;
import io.vigil.liaison.domain.LiaisonContactId;
import io.vigil.liaison.port.out.ContactLog;
import java.util.List;

/**
 * {@link ContactLog} on JDBC. An office's records are bounded (see the liaison use cases), so a list
 * reads the office's rows and puts them in the port's exact order.
 */
final class JdbcContactLog extends JdbcVersionedStore<ContactEntryId, ContactEntry> implements ContactLog {

    JdbcContactLog(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, ContactEntry.class, "liaison_contact_entry", "contact entry", List.of("contact_id", "at_time"), List.of());
    }

    @Override
    protected Object[] columnValues(ContactEntry e) {
        return new Object[] {e.contact().toString(), Jdbc.timestamp(e.at())};
    }

    @Override
    public Page<ContactEntry> list(OfficeId office, PageRequest page) {
        return Page.of(all(office), page);
    }

    @Override
    public List<ContactEntry> all(OfficeId office) {
        return bodies("SELECT body FROM liaison_contact_entry WHERE office_id = ?", office.value()).stream()
                .sorted(ContactEntry.LATEST_FIRST).toList();
    }

    @Override
    public List<ContactEntry> ofContact(OfficeId office, LiaisonContactId contact) {
        return bodies("SELECT body FROM liaison_contact_entry WHERE office_id = ? AND contact_id = ?", office.value(),
                contact.toString()).stream().sorted(ContactEntry.LATEST_FIRST).toList();
    }
}
