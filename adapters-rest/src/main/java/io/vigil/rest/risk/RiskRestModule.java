package io.vigil.rest.risk;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.vigil.rest.RouteSet;
import io.vigil.risk.port.in.RiskUseCases;
import java.time.Clock;
import java.util.Optional;

/** Contributes the risk context's routes to the API's route sets. */
public final class RiskRestModule extends AbstractModule {

    @ProvidesIntoSet
    RouteSet routes(RiskUseCases risk, Clock clock, Optional<AssessmentReports> reports) {
        return new RiskApi(risk, clock, reports);
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
