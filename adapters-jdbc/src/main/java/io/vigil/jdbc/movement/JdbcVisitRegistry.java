package io.vigil.jdbc.movement;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.movement.domain.Visit;
import io.vigil.movement.domain.VisitId;
import io.vigil.movement.port.out.VisitRegistry;
import java.util.List;

/** {@link VisitRegistry} on JDBC. */
final class JdbcVisitRegistry extends JdbcVersionedStore<VisitId, Visit> implements VisitRegistry {

    JdbcVisitRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Visit.class, "visit", "visit", List.of("starts_at"), List.of());
    }

    @Override
    protected Object[] columnValues(Visit v) {
        return new Object[] {v.starts()};
    }

    @Override
    public Page<Visit> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "starts_at DESC, id", page, office.value());
    }
}
