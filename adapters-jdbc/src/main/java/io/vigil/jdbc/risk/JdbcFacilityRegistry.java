package io.vigil.jdbc.risk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityId;
import io.vigil.risk.port.out.FacilityRegistry;
import java.util.List;

/** {@link FacilityRegistry} on JDBC. */
final class JdbcFacilityRegistry extends JdbcVersionedStore<FacilityId, Facility> implements FacilityRegistry {

    JdbcFacilityRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Facility.class, "facility", "facility", List.of("name", "kind"), List.of());
    }

    @Override
    protected Object[] columnValues(Facility f) {
        return new Object[] {f.name(), f.kind().name()};
    }

    @Override
    public Page<Facility> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "name, id", page, office.value());
    }

    @Override
    public List<Facility> all(OfficeId office) {
        return bodies("SELECT body FROM facility WHERE office_id = ? ORDER BY name, id", office.value());
    }
}
