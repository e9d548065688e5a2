package io.vigil.rest.alerting;

import com.google.inject.multibindings.ProvidesIntoSet;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.rest.RestApiSettings;
import io.vigil.rest.RouteSet;
import io.vigil.wiring.OnceModule;
import java.time.Clock;

/** Contributes the emergency communications context's routes to the API's route sets. */
public final class AlertingRestModule extends OnceModule {

    @ProvidesIntoSet
    RouteSet routes(AlertingUseCases alerting, Clock clock, RestApiSettings settings) {
        return new AlertingApi(alerting, clock, settings.smsWebhookSecret());
    }
}
