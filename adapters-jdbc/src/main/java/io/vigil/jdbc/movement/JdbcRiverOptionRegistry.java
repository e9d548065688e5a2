package io.vigil.jdbc.movement;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.movement.domain.RiverOption;
import io.vigil.movement.domain.RiverOptionId;
import io.vigil.movement.port.out.RiverOptionRegistry;
import java.util.List;

/** {@link RiverOptionRegistry} on JDBC. */
final class JdbcRiverOptionRegistry extends JdbcVersionedStore<RiverOptionId, RiverOption> implements RiverOptionRegistry {

    JdbcRiverOptionRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, RiverOption.class, "river_option", "river-option", List.of("operator"), List.of());
    }

    @Override
    protected Object[] columnValues(RiverOption o) {
        return new Object[] {o.operator()};
    }

    @Override
    public Page<RiverOption> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "operator, id", page, office.value());
    }
}
