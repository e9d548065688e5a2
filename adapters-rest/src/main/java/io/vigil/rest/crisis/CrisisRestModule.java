package io.vigil.rest.crisis;

import com.google.inject.multibindings.ProvidesIntoSet;
import io.vigil.crisis.port.in.CrisisUseCases;
import io.vigil.rest.RouteSet;
import io.vigil.wiring.OnceModule;
import java.time.Clock;

/** Contributes the crisis context's routes (and its relocation routes) to the API's route sets. */
public final class CrisisRestModule extends OnceModule {

    @ProvidesIntoSet
    RouteSet routes(CrisisUseCases crisis, Clock clock) {
        return new CrisisApi(crisis, clock);
    }

    @ProvidesIntoSet
    RouteSet relocation(CrisisUseCases crisis) {
        return new RelocationApi(crisis.relocation());
    }
}
