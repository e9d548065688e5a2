package io.vigil.jdbc.people;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.people.domain.WardenZone;
import io.vigil.people.port.out.WardenZoneRegistry;
import java.util.List;

/** {@link WardenZoneRegistry} on JDBC. */
final class JdbcWardenZoneRegistry extends JdbcVersionedStore<WardenZoneId, WardenZone> implements WardenZoneRegistry {

    JdbcWardenZoneRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, WardenZone.class, "warden_zone", "warden-zone", List.of(), List.of());
    }

    @Override
    protected Object[] columnValues(WardenZone z) {
        return new Object[0];
    }

    @Override
    public List<WardenZone> list(OfficeId office) {
        return bodies("SELECT body FROM warden_zone WHERE office_id = ? ORDER BY id", office.value());
    }
}
