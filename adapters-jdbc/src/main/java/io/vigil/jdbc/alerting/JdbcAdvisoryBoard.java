package io.vigil.jdbc.alerting;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.AdvisoryId;
import io.vigil.alerting.port.out.AdvisoryBoard;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.time.Instant;
import java.util.List;

/**
 * {@link AdvisoryBoard} on JDBC. Timestamp columns hold microseconds, so the active query selects
 * with a millisecond of slack and applies the exact rule to the loaded aggregates.
 */
final class JdbcAdvisoryBoard extends JdbcVersionedStore<AdvisoryId, Advisory> implements AdvisoryBoard {

    JdbcAdvisoryBoard(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Advisory.class, "advisory", "advisory", List.of("valid_from", "valid_to"), List.of());
    }

    @Override
    protected Object[] columnValues(Advisory a) {
        return new Object[] {Jdbc.timestamp(a.validFrom()), Jdbc.timestamp(a.validTo())};
    }

    @Override
    public Page<Advisory> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "valid_from DESC, id", page, office.value());
    }

    @Override
    public List<Advisory> active(OfficeId office, Instant at) {
        return bodies("SELECT body FROM advisory WHERE office_id = ? AND valid_from <= ? AND valid_to >= ?"
                        + " ORDER BY valid_from DESC, id", office.value(), Jdbc.timestamp(at.plusMillis(1)),
                Jdbc.timestamp(at.minusMillis(1))).stream().filter(a -> a.activeAt(at)).toList();
    }
}
