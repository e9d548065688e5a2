package io.vigil.jdbc.liaison;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.liaison.domain.Organisation;
import io.vigil.liaison.domain.OrganisationId;
import io.vigil.liaison.port.out.OrganisationRegistry;
import java.util.List;

/**
 * {@link OrganisationRegistry} on JDBC. An office's records are bounded (see the liaison use cases), so a list
 * reads the office's rows and puts them in the port's exact order.
 */
final class JdbcOrganisationRegistry extends JdbcVersionedStore<OrganisationId, Organisation> implements OrganisationRegistry {

    JdbcOrganisationRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Organisation.class, "liaison_organisation", "organisation", List.of("name"), List.of());
    }

    @Override
    protected Object[] columnValues(Organisation o) {
        return new Object[] {o.name()};
    }

    @Override
    public Page<Organisation> list(OfficeId office, PageRequest page) {
        return Page.of(all(office), page);
    }

    @Override
    public List<Organisation> all(OfficeId office) {
        return bodies("SELECT body FROM liaison_organisation WHERE office_id = ?", office.value()).stream()
                .sorted(Organisation.BY_NAME).toList();
    }
}
