package io.vigil.jdbc.movement;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.movement.domain.RoadIncident;
import io.vigil.movement.domain.RoadIncidentId;
import io.vigil.movement.port.out.RoadIncidentLog;
import java.util.List;

/** {@link RoadIncidentLog} on JDBC. */
final class JdbcRoadIncidentLog extends JdbcVersionedStore<RoadIncidentId, RoadIncident> implements RoadIncidentLog {

    JdbcRoadIncidentLog(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, RoadIncident.class, "road_incident", "road-incident", List.of("happened_at"), List.of());
    }

    @Override
    protected Object[] columnValues(RoadIncident i) {
        return new Object[] {Jdbc.timestamp(i.at())};
    }

    @Override
    public Page<RoadIncident> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "happened_at DESC, id", page, office.value());
    }
}
