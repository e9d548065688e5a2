package io.vigil.crisis.application;

import io.vigil.alerting.port.in.NoticesUseCase;
import io.vigil.crisis.port.in.CrisisUseCases;
import io.vigil.crisis.port.out.AlertingDrills;
import io.vigil.crisis.port.out.CrisisIncidents;
import io.vigil.crisis.port.out.CrisisMessages;
import io.vigil.crisis.port.out.CrisisPorts;
import io.vigil.crisis.port.out.RelocationPersonnel;
import io.vigil.kernel.Kernel;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.people.port.in.PeopleUseCases;

/** The crisis context's one construction path, used by hand-wiring hosts and the Guice module alike. */
public final class CrisisServices {
    private CrisisServices() {
    }

    /**
     * The context's use cases over its ports, the outbox it tells people through and the alerting
     * context's notices that word those messages from the office's templates, the alerting
     * context's tests and tree drills, the incident reports an activation comes from, the people
     * context's use cases (cards, contacts), the personnel a relocation list is built from (the
     * people context's locator, adapted) and the kernel.
     */
    public static CrisisUseCases create(CrisisPorts ports, CrisisMessages messages, NoticesUseCase wording,
                                        AlertingDrills alerting,
                                        CrisisIncidents incidents, PeopleUseCases people,
                                        RelocationPersonnel personnel, Kernel kernel) {
        CommandValidator commands = kernel.commands();
        AccessGuard guard = kernel.guard();
        Persons persons = new Persons(people);
        Notices notices = new Notices(messages, wording, people, kernel.clock());
        ActivationService activations = new ActivationService(ports.activations(), ports.teams(), ports.plans(),
                notices, incidents, persons, guard, commands, kernel.clock());
        return new CrisisUseCases(
                new PlanService(ports.plans(), guard, commands, kernel.clock()),
                new TeamService(ports.teams(), persons, guard, commands),
                activations,
                new ExerciseService(ports.exercises(), ports.schedules(), ports.plans(), alerting, persons,
                        people.offices(), guard, commands, kernel.clock()),
                new ContinuityService(ports.continuity(), guard, commands),
                new RelocationService(ports.relocationPlans(), ports.relocations(), personnel, activations, guard,
                        commands, kernel.clock()));
    }
}
