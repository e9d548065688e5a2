package io.vigil.jdbc.alerting;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** {@link CommunicationTestRegistry} on JDBC. */
final class JdbcCommunicationTestRegistry extends JdbcVersionedStore<CommTestId, CommunicationTest>
        implements CommunicationTestRegistry {

    JdbcCommunicationTestRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, CommunicationTest.class, "communication_test", "communication-test", List.of("started_at"),
                List.of());
    }

    @Override
    protected Object[] columnValues(CommunicationTest t) {
        return new Object[] {Jdbc.timestamp(t.startedAt())};
    }

    @Override
    public List<CommunicationTest> openRollCalls(Collection<OfficeId> offices, Instant at) {
        if (offices.isEmpty()) {
            return List.of();
        }
        return bodies("SELECT body FROM communication_test WHERE started_at <= ? AND started_at >= ? AND office_id IN ("
                        + Jdbc.marks(offices.size()) + ")", Jdbc.officeParams(offices, at.plusMillis(1),
                        at.minus(LONGEST_OPEN).minusMillis(1))).stream()
                .filter(t -> t.rollCall() && !t.startedAt().isAfter(at) && t.closesAt().isAfter(at))
                .sorted(LATEST_FIRST).toList();
    }

    @Override
    public Page<CommunicationTest> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "started_at DESC, id", page, office.value());
    }
}
