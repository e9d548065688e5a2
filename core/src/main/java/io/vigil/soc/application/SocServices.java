package io.vigil.soc.application;

import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.kernel.Require;
import io.vigil.liaison.port.in.LiaisonUseCases;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.soc.port.in.SocUseCases;
import io.vigil.soc.port.out.SocOffices;

/**
 * The SOC context's one construction path: its overview over the people, alerting, movement and
 * liaison contexts' use cases (each checks and audits its own part) and the offices the caller reads.
 */
public final class SocServices {

    private SocServices() {
    }

    /** The SOC context over the other contexts' use cases. */
    public static SocUseCases create(PeopleUseCases people, AlertingUseCases alerting, MovementUseCases movement,
                                     LiaisonUseCases liaison, SocOffices offices) {
        Require.nonNull(people, "people");
        Require.nonNull(alerting, "alerting");
        Require.nonNull(movement, "movement");
        Require.nonNull(liaison, "liaison");
        Require.nonNull(offices, "offices");
        return new SocUseCases(new SocOverviewService(people.headcounts(), alerting.rollCallView(),
                movement.deployment(), liaison.actions(), offices));
    }
}
