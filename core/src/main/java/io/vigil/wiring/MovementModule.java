package io.vigil.wiring;

import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.kernel.Kernel;
import io.vigil.movement.application.MovementServices;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.movement.port.out.MovementPorts;
import io.vigil.people.port.in.PeopleUseCases;

/**
 * The movement context (movement plans with call-ins, vehicles, drivers, settings): its use cases
 * from its ports, the people and alerting contexts' use cases and the kernel.
 */
public final class MovementModule extends ContextModule {

    public MovementModule() {
        super(MovementUseCases.class);
    }

    @Provides
    @Singleton
    MovementUseCases useCases(MovementPorts ports, PeopleUseCases people, AlertingUseCases alerting, Kernel kernel) {
        return MovementServices.create(ports, people, alerting, kernel);
    }
}
