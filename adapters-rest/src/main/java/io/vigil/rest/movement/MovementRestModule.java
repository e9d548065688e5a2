package io.vigil.rest.movement;

import com.google.inject.multibindings.ProvidesIntoSet;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.rest.RouteSet;
import io.vigil.wiring.OnceModule;
import java.time.Clock;

/** Contributes the movement context's routes to the API's route sets. */
public final class MovementRestModule extends OnceModule {

    @ProvidesIntoSet
    RouteSet routes(MovementUseCases movement, PeopleUseCases people, Clock clock) {
        return new MovementApi(movement, people.offices(), clock);
    }
}
