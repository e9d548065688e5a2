package io.vigil.wiring;

import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigil.alerting.application.AlertingServices;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.out.AlertingPorts;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.kernel.Kernel;
import io.vigil.people.port.in.PeopleUseCases;

/**
 * The emergency communications context: its use cases from its stores (bound by an adapter
 * module), the host's {@link MessageGateway}, the personnel context's use cases and the kernel.
 */
public final class AlertingModule extends ContextModule {

    public AlertingModule() {
        super(AlertingUseCases.class);
    }

    @Provides
    @Singleton
    AlertingUseCases useCases(AlertingPorts ports, MessageGateway gateway, PeopleUseCases people, Kernel kernel) {
        return AlertingServices.create(ports, gateway, people, kernel);
    }
}
