package io.vigil.jdbc.risk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.json.VigilJson;
import io.vigil.risk.port.out.RiskPorts;
import io.vigil.wiring.ContextStores;
import java.util.Objects;
import javax.sql.DataSource;

/** The risk context's stores on JDBC, on one migrated data source (see {@code JdbcMigrations}). */
public final class JdbcRiskStores implements ContextStores<RiskPorts> {
    private final DataSource dataSource;

    public JdbcRiskStores(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Class<RiskPorts> portsType() {
        return RiskPorts.class;
    }

    @Override
    public RiskPorts open() {
        Jdbc jdbc = new Jdbc(dataSource);
        ObjectMapper json = VigilJson.mapper();
        return new RiskPorts(new JdbcAssessmentRegistry(jdbc, json), new JdbcRiskPolicyStore(jdbc, json),
                new JdbcRestrictedAreaRegistry(jdbc, json), new JdbcVenueRegistry(jdbc, json),
                new JdbcFacilityRegistry(jdbc, json), new JdbcPremisesProjectRegistry(jdbc, json));
    }
}
