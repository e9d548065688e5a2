package io.vigil.wiring;

import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.crisis.application.CrisisServices;
import io.vigil.crisis.port.in.CrisisUseCases;
import io.vigil.crisis.port.out.CrisisPorts;
import io.vigil.incident.port.in.IncidentUseCases;
import io.vigil.kernel.Kernel;
import io.vigil.people.port.in.PeopleUseCases;
import jakarta.inject.Provider;

/**
 * The crisis context (plan, team, activations, drills, continuity): its use cases from its ports,
 * the host's {@link MessageGateway}, the people and alerting contexts' use cases, the incident
 * context's (the reports an activation comes from: through a {@link Provider}, since the incident
 * context's use cases need the crisis context's in turn) and the kernel.
 */
public final class CrisisModule extends ContextModule {

    public CrisisModule() {
        super(CrisisUseCases.class);
    }

    @Provides
    @Singleton
    CrisisUseCases useCases(CrisisPorts ports, MessageGateway gateway, PeopleUseCases people,
                            AlertingUseCases alerting, Provider<IncidentUseCases> incidents, Kernel kernel) {
        return CrisisServices.create(ports, new GatewayCrisisMessages(gateway), alerting.notices(),
                new AlertingCrisisDrills(alerting, kernel.clock()), new CrisisIncidentReports(incidents::get), people,
                new PeopleRelocationPersonnel(people), kernel);
    }
}
