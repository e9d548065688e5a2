package io.vigil.rest;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import io.vigil.alerting.application.AlertingServices;
import io.vigil.kernel.audit.AuditTrail;
import io.vigil.people.application.PeopleServices;
import io.vigil.risk.application.RiskServices;
import java.time.Clock;
import java.util.Optional;

/**
 * Provides the {@link RestApi} (not started) from the bound use cases. The host binds
 * {@link RestApiSettings} and {@link BearerTokens}, and may bind a {@link RosterImporter} with
 * {@code OptionalBinder} to enable {@code POST /api/v1/persons/import}, and an
 * {@link AssessmentReports} to enable {@code GET /api/v1/assessments/{id}/report}.
 */
public final class RestApiModule extends AbstractModule {

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), RosterImporter.class);
        OptionalBinder.newOptionalBinder(binder(), AssessmentReports.class);
    }

    @Provides
    @Singleton
    RestApi restApi(RestApiSettings settings, BearerTokens tokens, PeopleServices.UseCases people,
                    RiskServices.UseCases risk, AlertingServices.UseCases alerting, AuditTrail audit, Clock clock,
                    Optional<RosterImporter> importer, Optional<AssessmentReports> reports) {
        return new RestApi(settings, tokens, people, risk, alerting, audit, clock, new Extensions(importer, reports));
    }
}
