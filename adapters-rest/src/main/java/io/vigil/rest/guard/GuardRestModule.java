package io.vigil.rest.guard;

import com.google.inject.multibindings.ProvidesIntoSet;
import io.vigil.guard.port.in.GuardUseCases;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.rest.RouteSet;
import io.vigil.wiring.OnceModule;
import java.time.Clock;

/** Contributes the guard-force context's routes to the API's route sets. */
public final class GuardRestModule extends OnceModule {

    @ProvidesIntoSet
    RouteSet routes(GuardUseCases guard, PeopleUseCases people, Clock clock) {
        return new GuardApi(guard, people.offices(), clock);
    }
}
