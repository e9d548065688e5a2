package io.vigil.jdbc.movement;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.movement.domain.Driver;
import io.vigil.movement.domain.DriverId;
import io.vigil.movement.port.out.DriverRoster;
import java.util.List;

/** {@link DriverRoster} on JDBC. */
final class JdbcDriverRoster extends JdbcVersionedStore<DriverId, Driver> implements DriverRoster {

    JdbcDriverRoster(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Driver.class, "driver", "driver", List.of("name"), List.of());
    }

    @Override
    protected Object[] columnValues(Driver d) {
        return new Object[] {d.name()};
    }

    @Override
    public Page<Driver> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "name, id", page, office.value());
    }
}
