package io.vigil.wiring;

import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.liaison.port.in.LiaisonUseCases;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.soc.application.SocServices;
import io.vigil.soc.port.in.SocUseCases;

/**
 * The SOC context (the cross-office overview): its use cases over the people, alerting, movement and
 * liaison contexts' use cases; it has no store of its own.
 */
public final class SocModule extends ContextModule {

    /** The module binding {@link SocUseCases}. */
    public SocModule() {
        super(SocUseCases.class);
    }

    @Provides
    @Singleton
    SocUseCases useCases(PeopleUseCases people, AlertingUseCases alerting, MovementUseCases movement,
                         LiaisonUseCases liaison) {
        return SocServices.create(people, alerting, movement, liaison, SocLinks.offices(people));
    }
}
