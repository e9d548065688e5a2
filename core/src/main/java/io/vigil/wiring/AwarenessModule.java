package io.vigil.wiring;

import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigil.awareness.application.AwarenessServices;
import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.awareness.port.out.AwarenessPorts;
import io.vigil.documents.port.in.DocumentsUseCases;
import io.vigil.kernel.Kernel;
import io.vigil.people.port.in.PeopleUseCases;

/**
 * The awareness context (courses, completions, briefings): its use cases from its ports, the people
 * context's use cases, the documents context's (the acknowledgements its compliance report counts,
 * through {@link DocumentsAcknowledgements}) and the kernel.
 */
public final class AwarenessModule extends ContextModule {

    public AwarenessModule() {
        super(AwarenessUseCases.class);
    }

    @Provides
    @Singleton
    AwarenessUseCases useCases(AwarenessPorts ports, PeopleUseCases people, DocumentsUseCases documents,
                               Kernel kernel) {
        return AwarenessServices.create(ports, people, new DocumentsAcknowledgements(documents.dissemination()),
                kernel);
    }
}
