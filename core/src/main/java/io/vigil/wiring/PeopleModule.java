package io.vigil.wiring;

import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigil.kernel.Kernel;
import io.vigil.people.application.PeopleServices;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.out.PeoplePorts;

/** The personnel context: its use cases from its ports (bound by an adapter module) and the kernel. */
public final class PeopleModule extends ContextModule {

    public PeopleModule() {
        super(PeopleUseCases.class);
    }

    @Provides
    @Singleton
    PeopleUseCases useCases(PeoplePorts ports, Kernel kernel) {
        return PeopleServices.create(ports, kernel);
    }
}
