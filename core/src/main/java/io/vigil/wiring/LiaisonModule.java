package io.vigil.wiring;

import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigil.kernel.Kernel;
import io.vigil.liaison.application.LiaisonServices;
import io.vigil.liaison.port.in.LiaisonUseCases;
import io.vigil.liaison.port.out.LiaisonPorts;
import io.vigil.people.port.in.PeopleUseCases;

/**
 * The liaison context (contacts, logs, meetings and action items, advice, the activity figures): its
 * use cases from its ports, the people context's use cases (persons named) and the kernel.
 */
public final class LiaisonModule extends ContextModule {

    /** The module binding {@link LiaisonUseCases}. */
    public LiaisonModule() {
        super(LiaisonUseCases.class);
    }

    @Provides
    @Singleton
    LiaisonUseCases useCases(LiaisonPorts ports, PeopleUseCases people, Kernel kernel) {
        return LiaisonServices.create(ports, LiaisonLinks.persons(people), kernel);
    }
}
