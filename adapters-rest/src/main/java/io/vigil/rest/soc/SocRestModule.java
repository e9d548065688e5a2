package io.vigil.rest.soc;

import com.google.inject.multibindings.ProvidesIntoSet;
import io.vigil.rest.RouteSet;
import io.vigil.soc.port.in.SocUseCases;
import io.vigil.wiring.OnceModule;
import java.time.Clock;

/** Contributes the SOC overview's route to the API's route sets. */
public final class SocRestModule extends OnceModule {

    @ProvidesIntoSet
    RouteSet routes(SocUseCases soc, Clock clock) {
        return new SocApi(soc, clock);
    }
}
