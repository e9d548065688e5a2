package io.vigil.rest.documents;

import com.google.inject.multibindings.ProvidesIntoSet;
import io.vigil.documents.port.in.DocumentsUseCases;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.rest.RouteSet;
import io.vigil.wiring.OnceModule;
import java.time.Clock;

/** Contributes the documents context's routes to the API's route sets. */
public final class DocumentsRestModule extends OnceModule {

    @ProvidesIntoSet
    RouteSet routes(DocumentsUseCases documents, PeopleUseCases people, Clock clock) {
        return new DocumentsApi(documents, people.offices(), clock);
    }
}
