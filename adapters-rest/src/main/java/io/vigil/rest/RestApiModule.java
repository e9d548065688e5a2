package io.vigil.rest;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import io.vigil.kernel.audit.AuditTrail;
import io.vigil.people.application.PeopleServices;
import io.vigil.people.port.in.LocatePersonnelUseCase;
import io.vigil.people.port.in.ManageMissionsUseCase;
import io.vigil.people.port.in.ManagePersonsUseCase;
import io.vigil.people.port.in.ManagePresencesUseCase;
import io.vigil.people.port.in.ManageResidencesUseCase;
import io.vigil.people.port.in.ReportPositionUseCase;
import java.time.Clock;
import java.util.Optional;

/**
 * Provides the {@link RestApi} (not started) from the bound use cases. The host binds
 * {@link RestApiSettings} and {@link BearerTokens}, and may bind a {@link RosterImporter} with
 * {@code OptionalBinder} to enable {@code POST /api/v1/persons/import}.
 */
public final class RestApiModule extends AbstractModule {

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), RosterImporter.class);
    }

    @Provides
    @Singleton
    RestApi restApi(RestApiSettings settings, BearerTokens tokens, ManagePersonsUseCase persons,
                    ManageResidencesUseCase residences, ManagePresencesUseCase presences,
                    ManageMissionsUseCase missions, ReportPositionUseCase positions, LocatePersonnelUseCase locator,
                    AuditTrail audit, Clock clock, Optional<RosterImporter> importer) {
        return new RestApi(settings, tokens, new PeopleServices.UseCases(persons, residences, presences, missions,
                positions, locator), audit, clock, importer);
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
