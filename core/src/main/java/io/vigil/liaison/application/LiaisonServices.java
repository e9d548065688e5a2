package io.vigil.liaison.application;

import io.vigil.kernel.Kernel;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.liaison.port.in.LiaisonUseCases;
import io.vigil.liaison.port.out.LiaisonPersons;
import io.vigil.liaison.port.out.LiaisonPorts;

/** The liaison context's one construction path, used by hand-wiring hosts and the Guice module alike. */
public final class LiaisonServices {
    private LiaisonServices() {
    }

    /**
     * The context's use cases over its ports, the persons of the people context (attendees and
     * owners are checked against them, adapted in the wiring) and the kernel.
     */
    public static LiaisonUseCases create(LiaisonPorts ports, LiaisonPersons persons, Kernel kernel) {
        AccessGuard guard = kernel.guard();
        ContactAccess contacts = new ContactAccess(ports.contacts(), guard);
        LogAccess logs = new LogAccess(contacts, guard);
        return new LiaisonUseCases(
                new OrganisationService(ports.organisations(), ports.contacts(), guard, kernel.commands()),
                new ContactService(ports.contacts(), ports.organisations(), ports.contactLog(), ports.informationLog(),
                        contacts, guard, kernel.commands(), kernel.clock()),
                new ContactLogService(ports.contactLog(), logs, kernel.commands(), kernel.clock()),
                new InformationLogService(ports.informationLog(), logs, kernel.commands(), kernel.clock()),
                new SeriesService(ports.series(), ports.meetings(), guard, kernel.commands()),
                new MeetingService(ports.meetings(), ports.series(), ports.actions(), contacts, persons, guard,
                        kernel.commands(), kernel.clock()),
                new ActionItemService(ports.actions(), ports.meetings(), persons, guard, kernel.commands(),
                        kernel.clock()),
                new AdviceService(ports.advice(), guard, kernel.commands(), kernel.clock()),
                new ActivityService(ports, persons, guard, kernel.commands()));
    }
}
