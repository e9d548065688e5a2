package io.vigil.jdbc.awareness;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.awareness.domain.AwarenessPolicy;
import io.vigil.awareness.port.out.AwarenessPolicyStore;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import java.util.List;

/** {@link AwarenessPolicyStore} on JDBC: one row per office. */
final class JdbcAwarenessPolicyStore extends JdbcVersionedStore<OfficeId, AwarenessPolicy>
        implements AwarenessPolicyStore {

    JdbcAwarenessPolicyStore(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, AwarenessPolicy.class, "awareness_policy", "awareness-policy", List.of(), List.of());
    }

    @Override
    protected Object[] columnValues(AwarenessPolicy p) {
        return new Object[0];
    }
}
