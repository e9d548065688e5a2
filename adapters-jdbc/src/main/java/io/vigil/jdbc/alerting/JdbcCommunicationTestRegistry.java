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
    public Page<CommunicationTest> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "started_at DESC, id", page, office.value());
    }
}
