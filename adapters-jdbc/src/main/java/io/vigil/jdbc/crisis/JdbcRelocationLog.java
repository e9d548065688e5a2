package io.vigil.jdbc.crisis;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.crisis.domain.Relocation;
import io.vigil.crisis.domain.RelocationId;
import io.vigil.crisis.port.out.RelocationLog;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.List;

/** {@link RelocationLog} on JDBC, with the declaration time as a column. */
final class JdbcRelocationLog extends JdbcVersionedStore<RelocationId, Relocation> implements RelocationLog {

    JdbcRelocationLog(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Relocation.class, "crisis_relocation", "relocation", List.of("declared_at"), List.of());
    }

    @Override
    protected Object[] columnValues(Relocation r) {
        return new Object[] {Jdbc.timestamp(r.declaredAt())};
    }

    @Override
    public Page<Relocation> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "declared_at DESC, id", page, office.value());
    }
}
