package io.vigil.jdbc.alerting;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.domain.RequestId;
import io.vigil.alerting.domain.RequestStatus;
import io.vigil.alerting.port.out.EmergencyLog;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.List;

/** {@link EmergencyLog} on JDBC. */
final class JdbcEmergencyLog extends JdbcVersionedStore<RequestId, EmergencyRequest> implements EmergencyLog {

    JdbcEmergencyLog(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, EmergencyRequest.class, "emergency_request", "emergency-request",
                List.of("received_at", "status"), List.of());
    }

    @Override
    protected Object[] columnValues(EmergencyRequest r) {
        return new Object[] {Jdbc.timestamp(r.receivedAt()), r.status().name()};
    }

    @Override
    public Page<EmergencyRequest> list(OfficeId office, boolean openOnly, PageRequest page) {
        if (openOnly) {
            return page("office_id = ? AND status = ?", "received_at DESC, id", page, office.value(),
                    RequestStatus.OPEN.name());
        }
        return page("office_id = ?", "received_at DESC, id", page, office.value());
    }
}
