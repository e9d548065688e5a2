package io.vigil.people.application;

import io.vigil.kernel.Kernel;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.people.domain.SpanLimits;
import io.vigil.people.domain.WardenRosterWindow;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.out.PeoplePorts;
import java.time.Clock;

/** The personnel context's one construction path, used by hand-wiring hosts and the Guice module alike. */
public final class PeopleServices {
    private PeopleServices() {
    }

    /**
     * The context's use cases over its ports and the shared kernel, wardens' rosters within the default
     * window, spans within the default {@link SpanLimits}.
     */
    public static PeopleUseCases create(PeoplePorts ports, Kernel kernel) {
        return create(ports, kernel, WardenRosterWindow.DEFAULT);
    }

    /** The context's use cases, a warden's roster asked only within the given window around now. */
    public static PeopleUseCases create(PeoplePorts ports, Kernel kernel, WardenRosterWindow rosterWindow) {
        return create(ports, kernel, rosterWindow, SpanLimits.DEFAULT);
    }

    /**
     * The context's use cases, a warden's roster asked only within the given window around now, the
     * legs and hotel stays of missions and the presences in the country no longer than {@code spans}.
     */
    public static PeopleUseCases create(PeoplePorts ports, Kernel kernel, WardenRosterWindow rosterWindow,
                                        SpanLimits spans) {
        CommandValidator commands = kernel.commands();
        Clock clock = kernel.clock();
        AccessGuard guard = kernel.guard();
        PersonAccess access = new PersonAccess(guard, ports.persons(), ports.residences(), clock);
        References refs = new References(ports.persons());
        return new PeopleUseCases(
                new PersonService(ports.persons(), ports.residences(), access, refs, commands, kernel.events(), clock),
                new ResidenceService(ports.residences(), ports.zones(), access, refs, commands, kernel.events(),
                        clock),
                new PresenceService(ports.presences(), access, refs, commands, spans),
                new MissionService(ports.missions(), access, refs, commands, spans),
                new PositionService(ports.positions(), access, refs, commands, clock),
                new LocatorService(ports.residences(), ports.missions(), ports.positions(), ports.presences(),
                        ports.persons(), access, commands),
                new ContactDirectoryService(ports.persons(), ports.zones(), ports.missions(), access),
                new WardenZoneService(ports.zones(), ports.residences(), ports.missions(), ports.persons(), refs, guard,
                        access, commands, rosterWindow, clock),
                new PersonCardService(ports.persons(), access),
                new HeadcountService(ports.persons(), ports.presences(), access),
                new OfficeService(ports.offices(), guard, commands));
    }
}
