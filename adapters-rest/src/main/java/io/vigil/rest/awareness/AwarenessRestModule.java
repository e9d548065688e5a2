package io.vigil.rest.awareness;

import com.google.inject.multibindings.ProvidesIntoSet;
import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.rest.RouteSet;
import io.vigil.wiring.OnceModule;
import java.time.Clock;

/** Contributes the awareness context's routes to the API's route sets. */
public final class AwarenessRestModule extends OnceModule {

    @ProvidesIntoSet
    RouteSet routes(AwarenessUseCases awareness, Clock clock) {
        return new AwarenessApi(awareness, clock);
    }
}
