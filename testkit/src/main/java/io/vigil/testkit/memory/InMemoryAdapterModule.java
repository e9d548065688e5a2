package io.vigil.testkit.memory;

import com.google.inject.PrivateModule;
import com.google.inject.Singleton;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.people.port.out.MissionRegistry;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.people.port.out.PositionLog;
import io.vigil.people.port.out.PresenceLog;
import io.vigil.people.port.out.ResidenceRegistry;

/** Binds every outbound port to its in-memory adapter; for tests, demos and benchmarks. */
public final class InMemoryAdapterModule extends PrivateModule {

    @Override
    protected void configure() {
        bindExposed(PersonDirectory.class, InMemoryPersonDirectory.class);
        bindExposed(ResidenceRegistry.class, InMemoryResidenceRegistry.class);
        bindExposed(PresenceLog.class, InMemoryPresenceLog.class);
        bindExposed(MissionRegistry.class, InMemoryMissionRegistry.class);
        bindExposed(PositionLog.class, InMemoryPositionLog.class);
        bindExposed(AuditLog.class, InMemoryAuditLog.class);
    }

    private <T> void bindExposed(Class<T> port, Class<? extends T> adapter) {
        bind(port).to(adapter);
        bind(adapter).in(Singleton.class);
        expose(port);
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
