package io.vigil.rest.risk;

import com.google.inject.multibindings.ProvidesIntoSet;
import io.vigil.rest.RouteSet;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.wiring.OnceModule;
import java.time.Clock;
import java.util.Optional;

/** Contributes the risk context's routes to the API's route sets. */
public final class RiskRestModule extends OnceModule {

    @ProvidesIntoSet
    RouteSet routes(RiskUseCases risk, Clock clock, Optional<AssessmentReports> reports) {
        return new RiskApi(risk, clock, reports);
    }
}
