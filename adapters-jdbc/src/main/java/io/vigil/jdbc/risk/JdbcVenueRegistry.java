package io.vigil.jdbc.risk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.VenueAssessment;
import io.vigil.risk.domain.VenueId;
import io.vigil.risk.port.out.VenueRegistry;
import java.time.Instant;
import java.util.List;

/**
 * {@link VenueRegistry} on JDBC. Timestamp columns hold microseconds, so the expiry query selects
 * with a millisecond of slack and applies the exact rule to the loaded aggregates.
 */
final class JdbcVenueRegistry extends JdbcVersionedStore<VenueId, VenueAssessment> implements VenueRegistry {

    JdbcVenueRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, VenueAssessment.class, "venue", "venue", List.of("name", "valid_until"), List.of());
    }

    @Override
    protected Object[] columnValues(VenueAssessment v) {
        return new Object[] {v.name(), Jdbc.timestamp(v.validUntil())};
    }

    @Override
    public Page<VenueAssessment> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "name, id", page, office.value());
    }

    @Override
    public List<VenueAssessment> expired(OfficeId office, Instant at) {
        return bodies("SELECT body FROM venue WHERE office_id = ? AND valid_until <= ? ORDER BY valid_until, id",
                office.value(), Jdbc.timestamp(at.plusMillis(1))).stream().filter(v -> v.expiredAt(at)).toList();
    }
}
