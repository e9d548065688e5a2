package io.vigil.jdbc.movement;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.movement.domain.Vehicle;
import io.vigil.movement.domain.VehicleId;
import io.vigil.movement.port.out.VehicleFleet;
import java.util.List;

/** {@link VehicleFleet} on JDBC. */
final class JdbcVehicleFleet extends JdbcVersionedStore<VehicleId, Vehicle> implements VehicleFleet {

    JdbcVehicleFleet(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Vehicle.class, "vehicle", "vehicle", List.of("plate"), List.of());
    }

    @Override
    protected Object[] columnValues(Vehicle v) {
        return new Object[] {v.plate()};
    }

    @Override
    public Page<Vehicle> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "plate, id", page, office.value());
    }
}
