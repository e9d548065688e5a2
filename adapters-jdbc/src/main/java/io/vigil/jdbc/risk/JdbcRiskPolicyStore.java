package io.vigil.jdbc.risk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.risk.domain.RiskPolicy;
import io.vigil.risk.port.out.RiskPolicyStore;
import java.util.List;

/** {@link RiskPolicyStore} on JDBC: one row per office. */
final class JdbcRiskPolicyStore extends JdbcVersionedStore<OfficeId, RiskPolicy> implements RiskPolicyStore {

    JdbcRiskPolicyStore(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, RiskPolicy.class, "risk_policy", "risk-policy", List.of(), List.of());
    }

    @Override
    protected Object[] columnValues(RiskPolicy p) {
        return new Object[0];
    }
}
