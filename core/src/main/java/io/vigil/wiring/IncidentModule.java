package io.vigil.wiring;

import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.crisis.port.in.CrisisUseCases;
import io.vigil.incident.application.IncidentServices;
import io.vigil.incident.port.in.IncidentUseCases;
import io.vigil.incident.port.out.IncidentPorts;
import io.vigil.kernel.Kernel;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.people.port.in.PeopleUseCases;

/**
 * The incident context (reports, enquiries, trends): its use cases from its stores, the host's
 * {@link MessageGateway} (the reporting chain), the alerting context's use cases (roll-calls), the
 * crisis context's (activations), the risk context's (review suggestions) and the kernel.
 */
public final class IncidentModule extends ContextModule {

    public IncidentModule() {
        super(IncidentUseCases.class);
    }

    @Provides
    @Singleton
    IncidentUseCases useCases(IncidentPorts ports, MessageGateway gateway, AlertingUseCases alerting,
                              CrisisUseCases crisis, RiskUseCases risk, PeopleUseCases people, Kernel kernel) {
        return IncidentServices.create(ports, IncidentLinks.messenger(gateway, kernel.clock()), alerting.notices(),
                IncidentLinks.rollCalls(alerting), IncidentLinks.crisisTeam(crisis), risk,
                people.offices(), kernel);
    }
}
