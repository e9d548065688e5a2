package io.vigil.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.PrivateModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigil.json.VigilJson;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.people.port.out.MissionRegistry;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.people.port.out.PositionLog;
import io.vigil.people.port.out.PresenceLog;
import io.vigil.people.port.out.ResidenceRegistry;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Binds every outbound port to its JDBC adapter on the given data source. It does no I/O:
 * run {@link JdbcMigrations#migrate} before first use.
 */
public final class JdbcAdapterModule extends PrivateModule {
    private final DataSource dataSource;

    public JdbcAdapterModule(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    protected void configure() {
        expose(PersonDirectory.class);
        expose(ResidenceRegistry.class);
        expose(PresenceLog.class);
        expose(MissionRegistry.class);
        expose(PositionLog.class);
        expose(AuditLog.class);
    }

    @Provides
    @Singleton
    JdbcStores stores() {
        return JdbcStores.create(dataSource, VigilJson.mapper());
    }

    @Provides
    PersonDirectory persons(JdbcStores s) {
        return s.persons();
    }

    @Provides
    ResidenceRegistry residences(JdbcStores s) {
        return s.residences();
    }

    @Provides
    PresenceLog presences(JdbcStores s) {
        return s.presences();
    }

    @Provides
    MissionRegistry missions(JdbcStores s) {
        return s.missions();
    }

    @Provides
    PositionLog positions(JdbcStores s) {
        return s.positions();
    }

    @Provides
    AuditLog audit(JdbcStores s) {
        return s.audit();
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
