package io.vigil.jdbc.movement;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.MovementId;
import io.vigil.movement.port.out.MovementLog;
import java.util.List;

/** {@link MovementLog} on JDBC: a row per movement, with its departure and whether it is still tracked. */
final class JdbcMovementLog extends JdbcVersionedStore<MovementId, Movement> implements MovementLog {

    JdbcMovementLog(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Movement.class, "movement", "movement", List.of("departs_at", "tracked"), List.of());
    }

    @Override
    protected Object[] columnValues(Movement m) {
        return new Object[] {Jdbc.timestamp(m.departure()), m.arrivedAt().isEmpty() ? 1 : 0};
    }

    @Override
    public Page<Movement> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "departs_at DESC, id", page, office.value());
    }

    @Override
    public List<Movement> tracked(OfficeId office) {
        return bodies("SELECT body FROM movement WHERE office_id = ? AND tracked = 1", office.value()).stream()
                .sorted(EARLIEST_FIRST).toList();
    }
}
