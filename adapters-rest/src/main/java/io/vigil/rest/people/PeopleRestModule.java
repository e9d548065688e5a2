package io.vigil.rest.people;

import com.google.inject.multibindings.ProvidesIntoSet;
import io.vigil.kernel.audit.AuditTrail;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.rest.RouteSet;
import io.vigil.wiring.OnceModule;
import java.time.Clock;
import java.util.Optional;

/** Contributes the personnel context's routes to the API's route sets. */
public final class PeopleRestModule extends OnceModule {

    @ProvidesIntoSet
    RouteSet routes(PeopleUseCases people, AuditTrail audit, Clock clock, Optional<RosterImporter> roster) {
        return new PeopleApi(people, audit, clock, roster);
    }
}
