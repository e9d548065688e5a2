package io.vigil.wiring;

import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.kernel.Kernel;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.travel.application.TravelServices;
import io.vigil.travel.port.in.TravelUseCases;
import io.vigil.travel.port.out.TravelPorts;

/**
 * The travel context (clearances, air operators, waivers): its use cases from its ports, the
 * people, risk, awareness and alerting contexts' use cases and the kernel.
 */
public final class TravelModule extends ContextModule {

    public TravelModule() {
        super(TravelUseCases.class);
    }

    @Provides
    @Singleton
    TravelUseCases useCases(TravelPorts ports, PeopleUseCases people, RiskUseCases risk, AwarenessUseCases awareness,
                            AlertingUseCases alerting, Kernel kernel) {
        return TravelServices.create(ports, people, risk, awareness, alerting, kernel);
    }
}
