package io.vigil.rest.risk;

import io.vigil.rest.ApiRoute;
import io.vigil.rest.Http;
import io.vigil.rest.RouteSet;
import io.vigil.risk.port.in.RiskUseCases;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The risk context's routes: assessments and the risk policy (with the report when an
 * {@link AssessmentReports} is given), restricted areas, venues, facilities and premises projects.
 */
public final class RiskApi implements RouteSet {
    private final RiskUseCases risk;
    private final Clock clock;
    private final Optional<AssessmentReports> reports;

    public RiskApi(RiskUseCases risk, Clock clock, Optional<AssessmentReports> reports) {
        this.risk = risk;
        this.clock = clock;
        this.reports = reports;
    }

    @Override
    public List<ApiRoute> routes(Http http) {
        List<ApiRoute> all = new ArrayList<>();
        all.addAll(new RiskRoutes(http, risk, clock, reports).routes());
        all.addAll(new RestrictedAreaRoutes(http, risk.areas()).routes());
        all.addAll(new VenueRoutes(http, risk.venues(), clock).routes());
        all.addAll(new FacilityRoutes(http, risk.facilities(), clock).routes());
        all.addAll(new PremisesProjectRoutes(http, risk.premises()).routes());
        return all;
    }
}
