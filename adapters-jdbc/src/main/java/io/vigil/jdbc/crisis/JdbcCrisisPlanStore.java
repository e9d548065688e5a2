package io.vigil.jdbc.crisis;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.crisis.domain.CrisisPlan;
import io.vigil.crisis.port.out.CrisisPlanStore;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import java.util.List;

/** {@link CrisisPlanStore} on JDBC: one row per office. */
final class JdbcCrisisPlanStore extends JdbcVersionedStore<OfficeId, CrisisPlan> implements CrisisPlanStore {

    JdbcCrisisPlanStore(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, CrisisPlan.class, "crisis_plan", "crisis-plan", List.of(), List.of());
    }

    @Override
    protected Object[] columnValues(CrisisPlan value) {
        return new Object[0];
    }
}
