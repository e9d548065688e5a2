package io.vigil.jdbc.crisis;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.crisis.domain.ContinuityInputs;
import io.vigil.crisis.port.out.ContinuityStore;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import java.util.List;

/** {@link ContinuityStore} on JDBC: one row per office. */
final class JdbcContinuityStore extends JdbcVersionedStore<OfficeId, ContinuityInputs> implements ContinuityStore {

    JdbcContinuityStore(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, ContinuityInputs.class, "continuity_inputs", "continuity-inputs", List.of(), List.of());
    }

    @Override
    protected Object[] columnValues(ContinuityInputs value) {
        return new Object[0];
    }
}
