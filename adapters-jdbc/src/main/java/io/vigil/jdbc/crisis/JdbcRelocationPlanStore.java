package io.vigil.jdbc.crisis;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.crisis.domain.RelocationPlan;
import io.vigil.crisis.port.out.RelocationPlanStore;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import java.util.List;

/** {@link RelocationPlanStore} on JDBC: one row per office. */
final class JdbcRelocationPlanStore extends JdbcVersionedStore<OfficeId, RelocationPlan> implements RelocationPlanStore {

    JdbcRelocationPlanStore(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, RelocationPlan.class, "relocation_plan", "relocation-plan", List.of(), List.of());
    }

    @Override
    protected Object[] columnValues(RelocationPlan value) {
        return new Object[0];
    }
}
