package io.vigil.awareness.application;

import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.awareness.port.out.AwarenessPorts;
import io.vigil.awareness.port.out.ProcedureAcknowledgements;
import io.vigil.kernel.Kernel;
import io.vigil.kernel.Require;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.people.port.in.PeopleUseCases;

/** The awareness context's one construction path, used by hand-wiring hosts and the Guice module alike. */
public final class AwarenessServices {
    private AwarenessServices() {
    }

    /**
     * The context's use cases over its ports, the people context's use cases (persons, stays, locator),
     * the acknowledgements of procedures the compliance report counts ({@link ProcedureAcknowledgements#NONE}
     * for none) and the kernel.
     */
    public static AwarenessUseCases create(AwarenessPorts ports, PeopleUseCases people,
                                           ProcedureAcknowledgements acknowledgements, Kernel kernel) {
        Require.nonNull(acknowledgements, "acknowledgements");
        CommandValidator commands = kernel.commands();
        AccessGuard guard = kernel.guard();
        Roster roster = new Roster(people.persons());
        return new AwarenessUseCases(
                new CourseService(ports.courses(), ports.completions(), guard, commands, kernel.clock()),
                new CompletionService(ports.completions(), ports.courses(), roster, guard, commands, kernel.clock(),
                        kernel.events(), people.offices()),
                new BriefingService(ports.briefings(), roster, guard, commands),
                new PolicyService(ports.policies(), guard, commands),
                new TrainingRecordService(ports, roster, people.locator(), people.presences(), acknowledgements,
                        guard, people.offices()),
                new TrainingForTravelService(ports.courses(), ports.completions(), guard));
    }
}
