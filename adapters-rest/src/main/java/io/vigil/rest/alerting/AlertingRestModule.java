package io.vigil.rest.alerting;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.rest.RestApiSettings;
import io.vigil.rest.RouteSet;
import java.time.Clock;

/** Contributes the emergency communications context's routes to the API's route sets. */
public final class AlertingRestModule extends AbstractModule {

    @ProvidesIntoSet
    RouteSet routes(AlertingUseCases alerting, Clock clock, RestApiSettings settings) {
        return new AlertingApi(alerting, clock, settings.smsWebhookSecret());
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
