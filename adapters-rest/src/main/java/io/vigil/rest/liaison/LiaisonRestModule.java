package io.vigil.rest.liaison;

import com.google.inject.multibindings.ProvidesIntoSet;
import io.vigil.liaison.port.in.LiaisonUseCases;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.rest.RouteSet;
import io.vigil.wiring.OnceModule;
import java.time.Clock;

/** Contributes the liaison context's routes to the API's route sets. */
public final class LiaisonRestModule extends OnceModule {

    @ProvidesIntoSet
    RouteSet routes(LiaisonUseCases liaison, PeopleUseCases people, Clock clock) {
        return new LiaisonApi(liaison, people.offices(), clock);
    }
}
