package io.vigil.rest;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import io.vigil.rest.alerting.AlertingRestModule;
import io.vigil.rest.awareness.AwarenessRestModule;
import io.vigil.rest.travel.TravelRestModule;
import io.vigil.rest.movement.MovementRestModule;
import io.vigil.rest.guard.GuardRestModule;
import io.vigil.rest.incident.IncidentRestModule;
import io.vigil.rest.review.ReviewRestModule;
import io.vigil.rest.soc.SocRestModule;
import io.vigil.rest.crisis.CrisisRestModule;
import io.vigil.rest.documents.DocumentsRestModule;
import io.vigil.rest.liaison.LiaisonRestModule;
import io.vigil.rest.people.PeopleRestModule;
import io.vigil.rest.people.RosterImporter;
import io.vigil.rest.risk.AssessmentReports;
import io.vigil.rest.risk.RiskRestModule;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Set;

/**
 * Provides the {@link RestApi} (not started) from the {@link RouteSet}s each context's module
 * contributes through a multibinder. The host binds {@link RestApiSettings} and
 * {@link BearerTokens}, and may bind a {@link RosterImporter} with {@code OptionalBinder} to
 * enable {@code POST /api/v1/persons/import}, an {@link AssessmentReports} to enable
 * {@code GET /api/v1/assessments/{id}/report}, a {@link HealthCheck} for its stores, and
 * {@link AuthenticationLimits} other than the defaults, and
 * {@link WebPages} served beside the API (a multibinder; none by default), and
 * {@link RestLimits} (by default {@link RestLimits#DEFAULT}: bodies of 1,000,000 bytes, pages of 500).
 */
public final class RestApiModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), RouteSet.class);
        Multibinder.newSetBinder(binder(), WebPages.class);
        OptionalBinder.newOptionalBinder(binder(), RosterImporter.class);
        OptionalBinder.newOptionalBinder(binder(), AssessmentReports.class);
        OptionalBinder.newOptionalBinder(binder(), HealthCheck.class).setDefault().toInstance(HealthCheck.apiOnly());
        OptionalBinder.newOptionalBinder(binder(), AuthenticationLimits.class).setDefault()
                .toInstance(AuthenticationLimits.defaults());
        OptionalBinder.newOptionalBinder(binder(), RestLimits.class).setDefault().toInstance(RestLimits.DEFAULT);
        install(new PeopleRestModule());
        install(new RiskRestModule());
        install(new AlertingRestModule());
        install(new AwarenessRestModule());
        install(new TravelRestModule());
        install(new MovementRestModule());
        install(new GuardRestModule());
        install(new IncidentRestModule());
        install(new CrisisRestModule());
        install(new DocumentsRestModule());
        install(new LiaisonRestModule());
        install(new ReviewRestModule());
        install(new SocRestModule());
    }

    @Provides
    @Singleton
    RestApi restApi(RestApiSettings settings, BearerTokens tokens, Set<RouteSet> routeSets, HealthCheck health,
                    RestLimits limits, AuthenticationLimits authLimits, Set<WebPages> pages) {
        return new RestApi(settings, tokens, new ArrayList<>(routeSets), health, limits, authLimits,
                Clock.systemUTC(), new ArrayList<>(pages));
    }
}
