package io.vigil.people.application;

import io.vigil.kernel.UseCaseBinding;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessPolicy;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.kernel.event.DomainEventPublisher;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.people.port.in.ContactDirectoryUseCase;
import io.vigil.people.port.in.LocatePersonnelUseCase;
import io.vigil.people.port.in.ManageMissionsUseCase;
import io.vigil.people.port.in.ManagePersonsUseCase;
import io.vigil.people.port.in.ManagePresencesUseCase;
import io.vigil.people.port.in.ManageResidencesUseCase;
import io.vigil.people.port.in.ManageWardenZonesUseCase;
import io.vigil.people.port.in.ReportPositionUseCase;
import io.vigil.people.port.out.MissionRegistry;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.people.port.out.PositionLog;
import io.vigil.people.port.out.PresenceLog;
import io.vigil.people.port.out.ResidenceRegistry;
import io.vigil.people.port.out.WardenZoneRegistry;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;

/**
 * The personnel context's entry points: which service implements which use case (for a DI
 * container) and a plain factory for hosts that wire by hand.
 */
public final class PeopleServices {
    private PeopleServices() {
    }

    /** The outbound ports the personnel context needs. */
    public record Ports(PersonDirectory persons, ResidenceRegistry residences, PresenceLog presences,
                        MissionRegistry missions, PositionLog positions, WardenZoneRegistry zones, AuditLog audit) {
    }

    /** The personnel context's use cases, wired. */
    public record UseCases(ManagePersonsUseCase persons, ManageResidencesUseCase residences,
                           ManagePresencesUseCase presences, ManageMissionsUseCase missions,
                           ReportPositionUseCase positions, LocatePersonnelUseCase locator,
                           ContactDirectoryUseCase directory, ManageWardenZonesUseCase zones) {
    }

    /** Every use case of the context with its implementation. */
    public static List<UseCaseBinding<?>> bindings() {
        return List.of(
                new UseCaseBinding<>(ManagePersonsUseCase.class, PersonService.class),
                new UseCaseBinding<>(ManageResidencesUseCase.class, ResidenceService.class),
                new UseCaseBinding<>(ManagePresencesUseCase.class, PresenceService.class),
                new UseCaseBinding<>(ManageMissionsUseCase.class, MissionService.class),
                new UseCaseBinding<>(ReportPositionUseCase.class, PositionService.class),
                new UseCaseBinding<>(LocatePersonnelUseCase.class, LocatorService.class),
                new UseCaseBinding<>(ContactDirectoryUseCase.class, ContactDirectoryService.class),
                new UseCaseBinding<>(ManageWardenZonesUseCase.class, WardenZoneService.class));
    }

    /** Wires the use cases by hand, without a container. */
    public static UseCases create(Ports ports, Clock clock, AccessPolicy policy, Validator validator,
                                  DomainEventPublisher events) {
        CommandValidator commands = new CommandValidator(validator);
        AccessGuard guard = new AccessGuard(policy, ports.audit(), clock);
        PersonAccess access = new PersonAccess(guard, ports.persons(), ports.residences(), clock);
        References refs = new References(ports.persons());
        return new UseCases(
                new PersonService(ports.persons(), ports.residences(), access, refs, commands, events, clock),
                new ResidenceService(ports.residences(), ports.zones(), access, refs, commands, events, clock),
                new PresenceService(ports.presences(), access, refs, commands),
                new MissionService(ports.missions(), access, refs, commands),
                new PositionService(ports.positions(), access, refs, commands, clock),
                new LocatorService(ports.residences(), ports.missions(), ports.positions(), ports.presences(),
                        ports.persons(), access, commands),
                new ContactDirectoryService(ports.persons(), ports.zones(), access),
                new WardenZoneService(ports.zones(), ports.residences(), ports.missions(), ports.persons(), refs, guard,
                        commands));
    }
}
