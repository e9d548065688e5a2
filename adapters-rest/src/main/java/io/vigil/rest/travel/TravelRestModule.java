package io.vigil.rest.travel;

import com.google.inject.multibindings.ProvidesIntoSet;
import io.vigil.rest.RouteSet;
import io.vigil.travel.port.in.TravelUseCases;
import io.vigil.wiring.OnceModule;
import java.time.Clock;

/** Contributes the travel context's routes to the API's route sets. */
public final class TravelRestModule extends OnceModule {

    @ProvidesIntoSet
    RouteSet routes(TravelUseCases travel, Clock clock) {
        return new TravelApi(travel, clock);
    }
}
