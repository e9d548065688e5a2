package io.vigil.wiring;

import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import io.vigil.alerting.application.AlertingServices;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.out.AlertingPorts;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.alerting.port.out.RequestQueueing;
import io.vigil.incident.port.in.IncidentUseCases;
import io.vigil.kernel.Kernel;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.people.port.in.PeopleUseCases;
import jakarta.inject.Provider;

/**
 * The emergency communications context: its use cases from its stores (bound by an adapter
 * module), the host's {@link MessageGateway}, the personnel context's use cases, the movement and
 * incident contexts' (for call-ins and flash reports by SMS: through {@link Provider}s, since they
 * need the alerting context's use cases in turn) and the kernel. The requests of a test or roll-call
 * started are queued before {@code start} returns unless the host binds a {@link RequestQueueing}
 * of its own: {@code OptionalBinder.newOptionalBinder(binder(), RequestQueueing.class).setBinding()
 * .toInstance(RequestQueueing.on(executor))}.
 */
public final class AlertingModule extends ContextModule {

    public AlertingModule() {
        super(AlertingUseCases.class);
    }

    @Override
    protected void configureSettings() {
        OptionalBinder.newOptionalBinder(binder(), RequestQueueing.class).setDefault().toInstance(RequestQueueing.NOW);
    }

    @Provides
    @Singleton
    AlertingUseCases useCases(AlertingPorts ports, MessageGateway gateway, PeopleUseCases people,
                              Provider<MovementUseCases> movements, Provider<IncidentUseCases> incidents,
                              RequestQueueing queueing, Kernel kernel) {
        return AlertingServices.create(ports, gateway, people, new FieldLinks(movements::get, incidents::get),
                queueing, kernel);
    }
}
