package io.vigil.jdbc.alerting;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.alerting.domain.OnCallShift;
import io.vigil.alerting.domain.ShiftId;
import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import java.time.Instant;
import java.util.List;

/**
 * {@link OnCallRoster} on JDBC. Timestamp columns hold microseconds, so the overlap query selects
 * with a millisecond of slack and applies the exact rule to the loaded aggregates.
 */
final class JdbcOnCallRoster extends JdbcVersionedStore<ShiftId, OnCallShift> implements OnCallRoster {

    JdbcOnCallRoster(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, OnCallShift.class, "on_call_shift", "on-call-shift", List.of("starts_at", "ends_at"),
                List.of());
    }

    @Override
    protected Object[] columnValues(OnCallShift s) {
        return new Object[] {Jdbc.timestamp(s.from()), Jdbc.timestamp(s.to())};
    }

    @Override
    public List<OnCallShift> overlapping(OfficeId office, Instant from, Instant to) {
        return bodies("SELECT body FROM on_call_shift WHERE office_id = ? AND starts_at <= ? AND ends_at >= ?"
                        + " ORDER BY starts_at, id", office.value(), Jdbc.timestamp(to.plusMillis(1)),
                Jdbc.timestamp(from.minusMillis(1))).stream()
                .filter(s -> s.from().isBefore(to) && s.to().isAfter(from)).toList();
    }
}
