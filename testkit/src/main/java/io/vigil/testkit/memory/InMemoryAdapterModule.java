package io.vigil.testkit.memory;

import com.google.inject.Singleton;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.testkit.memory.alerting.InMemoryAlertingStores;
import io.vigil.testkit.memory.alerting.InMemoryMessageGateway;
import io.vigil.testkit.memory.audit.InMemoryAuditStores;
import io.vigil.testkit.memory.awareness.InMemoryAwarenessStores;
import io.vigil.testkit.memory.travel.InMemoryTravelStores;
import io.vigil.testkit.memory.movement.InMemoryMovementStores;
import io.vigil.testkit.memory.guard.InMemoryGuardStores;
import io.vigil.testkit.memory.incident.InMemoryIncidentStores;
import io.vigil.testkit.memory.crisis.InMemoryCrisisStores;
import io.vigil.testkit.memory.documents.InMemoryDocumentsStores;
import io.vigil.testkit.memory.liaison.InMemoryLiaisonStores;
import io.vigil.testkit.memory.people.InMemoryPeopleStores;
import io.vigil.testkit.memory.risk.InMemoryRiskStores;
import io.vigil.wiring.ContextStores;
import io.vigil.wiring.StoresModule;
import java.util.List;
import java.util.Set;

/**
 * Binds every outbound port (or those of the contexts named) to a fresh in-memory adapter, and the
 * {@link MessageGateway} to one that keeps what it sends; for tests, demos and benchmarks.
 */
public final class InMemoryAdapterModule extends StoresModule {

    /** @param only the ports types to bind (e.g. {@code RiskPorts.class}); none for every context */
    public InMemoryAdapterModule(Class<?>... only) {
        super(Set.of(only));
    }

    @Override
    protected List<ContextStores<?>> stores() {
        return List.of(new InMemoryAuditStores(), new InMemoryPeopleStores(), new InMemoryRiskStores(),
                new InMemoryAlertingStores(), new InMemoryAwarenessStores(),
                new InMemoryTravelStores(), new InMemoryMovementStores(),
                new InMemoryGuardStores(), new InMemoryIncidentStores(),
                new InMemoryCrisisStores(),
                new InMemoryDocumentsStores(), new InMemoryLiaisonStores());
    }

    @Override
    protected void configure() {
        super.configure();
        bind(MessageGateway.class).to(InMemoryMessageGateway.class);
        bind(InMemoryMessageGateway.class).in(Singleton.class);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InMemoryAdapterModule other && other.only().equals(only());
    }

    @Override
    public int hashCode() {
        return only().hashCode();
    }
}
