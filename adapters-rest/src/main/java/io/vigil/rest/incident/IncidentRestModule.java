package io.vigil.rest.incident;

import com.google.inject.multibindings.ProvidesIntoSet;
import io.vigil.incident.port.in.IncidentUseCases;
import io.vigil.rest.RouteSet;
import io.vigil.wiring.OnceModule;
import java.time.Clock;

/** Contributes the incident context's routes to the API's route sets. */
public final class IncidentRestModule extends OnceModule {

    @ProvidesIntoSet
    RouteSet routes(IncidentUseCases incident, Clock clock) {
        return new IncidentApi(incident, clock);
    }
}
