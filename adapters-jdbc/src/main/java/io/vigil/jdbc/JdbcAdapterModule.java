package io.vigil.jdbc;

import io.vigil.jdbc.alerting.JdbcAlertingStores;
import io.vigil.jdbc.audit.JdbcAuditStores;
import io.vigil.jdbc.awareness.JdbcAwarenessStores;
import io.vigil.jdbc.travel.JdbcTravelStores;
import io.vigil.jdbc.movement.JdbcMovementStores;
import io.vigil.jdbc.guard.JdbcGuardStores;
import io.vigil.jdbc.incident.JdbcIncidentStores;
import io.vigil.jdbc.crisis.JdbcCrisisStores;
import io.vigil.jdbc.documents.JdbcDocumentsStores;
import io.vigil.jdbc.liaison.JdbcLiaisonStores;
import io.vigil.jdbc.people.JdbcPeopleStores;
import io.vigil.jdbc.risk.JdbcRiskStores;
import io.vigil.wiring.ContextStores;
import io.vigil.wiring.StoresModule;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Binds the outbound ports of every context (or of those named) to their JDBC adapters on one
 * data source. It does no I/O: run {@link JdbcMigrations#migrate} before first use.
 */
public final class JdbcAdapterModule extends StoresModule {
    private final DataSource dataSource;

    /** @param only the ports types to bind (e.g. {@code RiskPorts.class}); none for every context */
    public JdbcAdapterModule(DataSource dataSource, Class<?>... only) {
        super(Set.of(only));
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    protected List<ContextStores<?>> stores() {
        return List.of(new JdbcAuditStores(dataSource), new JdbcPeopleStores(dataSource),
                new JdbcRiskStores(dataSource), new JdbcAlertingStores(dataSource), new JdbcAwarenessStores(dataSource),
                new JdbcTravelStores(dataSource), new JdbcMovementStores(dataSource),
                new JdbcGuardStores(dataSource), new JdbcIncidentStores(dataSource),
                new JdbcCrisisStores(dataSource),
                new JdbcDocumentsStores(dataSource), new JdbcLiaisonStores(dataSource));
    }
}
