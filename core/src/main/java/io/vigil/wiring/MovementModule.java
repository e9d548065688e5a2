package io.vigil.wiring;

import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.kernel.Kernel;
import io.vigil.movement.application.MovementServices;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.movement.port.out.MovementPorts;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.travel.port.in.TravelUseCases;

/**
 * The movement context (movement plans with call-ins, vehicles, drivers, settings): its use cases
 * from its ports, the people and alerting contexts' use cases, the risk and travel contexts' (through
 * {@link MovementLinks}) and the kernel.
 */
public final class MovementModule extends ContextModule {

    public MovementModule() {
        super(MovementUseCases.class);
    }

    @Provides
    @Singleton
    MovementUseCases useCases(MovementPorts ports, PeopleUseCases people, AlertingUseCases alerting, RiskUseCases risk,
                              TravelUseCases travel, Kernel kernel) {
        return MovementServices.create(ports, MovementLinks.partners(risk, travel), people, alerting, kernel);
    }
}
