package io.vigil.jdbc.movement;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.MovementId;
import io.vigil.movement.domain.MovementStatus;
import io.vigil.movement.port.out.MovementLog;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** One query over the offices' movements still tracked and departed; the deadline is the body's. */
    @Override
    public Map<OfficeId, Integer> overdueCounts(Collection<OfficeId> offices, Instant at) {
        Map<OfficeId, Integer> counts = new HashMap<>();
        if (offices.isEmpty()) {
            return counts;
        }
        bodies("SELECT body FROM movement WHERE tracked = 1 AND departs_at <= ? AND office_id IN ("
                + Jdbc.marks(offices.size()) + ")", Jdbc.officeParams(offices, at.plusMillis(1))).stream()
                .filter(m -> m.statusAt(at) == MovementStatus.OVERDUE)
                .forEach(m -> counts.merge(m.office(), 1, Integer::sum));
        return counts;
    }

    @Override
    public List<Movement> tracked(OfficeId office) {
        return bodies("SELECT body FROM movement WHERE office_id = ? AND tracked = 1", office.value()).stream()
                .sorted(EARLIEST_FIRST).toList();
    }
}
