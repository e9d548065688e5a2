package io.vigil.jdbc.liaison;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.liaison.domain.LiaisonContactId;
import io.vigil.liaison.domain.OrganisationId;
import io.vigil.liaison.port.out.ContactDirectory;
import java.util.List;

/**
 * {@link ContactDirectory} on JDBC. An office's records are bounded (see the liaison use cases), so a list
 * reads the office's rows and puts them in the port's exact order.
 */
final class JdbcContactDirectory extends JdbcVersionedStore<LiaisonContactId, LiaisonContact> implements ContactDirectory {

    JdbcContactDirectory(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, LiaisonContact.class, "liaison_contact", "contact", List.of("organisation_id", "name"), List.of());
    }

    @Override
    protected Object[] columnValues(LiaisonContact c) {
        return new Object[] {c.organisation().toString(), c.name()};
    }

    @Override
    public Page<LiaisonContact> list(OfficeId office, PageRequest page) {
        return Page.of(all(office), page);
    }

    @Override
    public List<LiaisonContact> all(OfficeId office) {
        return bodies("SELECT body FROM liaison_contact WHERE office_id = ?", office.value()).stream()
                .sorted(LiaisonContact.BY_NAME).toList();
    }

    @Override
    public List<LiaisonContact> ofOrganisation(OfficeId office, OrganisationId organisation) {
        return bodies("SELECT body FROM liaison_contact WHERE office_id = ? AND organisation_id = ?", office.value(),
                organisation.toString()).stream().sorted(LiaisonContact.BY_NAME).toList();
    }
}
