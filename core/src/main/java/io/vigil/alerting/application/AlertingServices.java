package io.vigil.alerting.application;

import io.vigil.alerting.port.in.CommunicationTestsUseCase;
import io.vigil.alerting.port.in.EmergencyRequestsUseCase;
import io.vigil.alerting.port.in.ManageAdvisoriesUseCase;
import io.vigil.alerting.port.in.ManageOnCallUseCase;
import io.vigil.alerting.port.in.PhoneTreesUseCase;
import io.vigil.alerting.port.in.RollCallsUseCase;
import io.vigil.alerting.port.out.AdvisoryBoard;
import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.alerting.port.out.EmergencyLog;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.alerting.port.out.PhoneTreeRegistry;
import io.vigil.kernel.UseCaseBinding;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessPolicy;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.people.port.in.ContactDirectoryUseCase;
import io.vigil.people.port.in.LocatePersonnelUseCase;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;

/**
 * The emergency communications context's entry points (the 24/7 on-call roster, the emergency
 * request log, advisories, communication tests, roll-calls and the telephone tree): bindings for a DI container and a
 * plain factory.
 */
public final class AlertingServices {
    private AlertingServices() {
    }

    /** The outbound ports the alerting context needs. */
    public record Ports(OnCallRoster roster, EmergencyLog emergencies, AdvisoryBoard advisories,
                        CommunicationTestRegistry tests, CheckInLog checkIns, PhoneTreeRegistry phoneTrees,
                        AuditLog audit) {
    }

    /** The alerting context's use cases, wired. */
    public record UseCases(ManageOnCallUseCase onCall, EmergencyRequestsUseCase emergencies,
                           ManageAdvisoriesUseCase advisories, CommunicationTestsUseCase tests,
                           RollCallsUseCase rollCalls, PhoneTreesUseCase phoneTrees) {
    }

    /** Every use case of the context with its implementation. */
    public static List<UseCaseBinding<?>> bindings() {
        return List.of(new UseCaseBinding<>(ManageOnCallUseCase.class, OnCallService.class),
                new UseCaseBinding<>(EmergencyRequestsUseCase.class, EmergencyRequestService.class),
                new UseCaseBinding<>(ManageAdvisoriesUseCase.class, AdvisoryService.class),
                new UseCaseBinding<>(CommunicationTestsUseCase.class, CommunicationTestService.class),
                new UseCaseBinding<>(RollCallsUseCase.class, RollCallService.class),
                new UseCaseBinding<>(PhoneTreesUseCase.class, PhoneTreeService.class));
    }

    /**
     * Wires the use cases by hand, without a container; {@code gateway} carries the messages, and the
     * personnel context's {@code directory} says how to reach people and its {@code locator} who is
     * affected by an incident.
     */
    public static UseCases create(Ports ports, MessageGateway gateway, ContactDirectoryUseCase directory,
                                  LocatePersonnelUseCase locator, Clock clock, AccessPolicy policy,
                                  Validator validator) {
        CommandValidator commands = new CommandValidator(validator);
        AccessGuard guard = new AccessGuard(policy, ports.audit(), clock);
        Broadcaster broadcaster = new Broadcaster(gateway, clock);
        OfficerAlerts officers = new OfficerAlerts(ports.roster(), broadcaster, clock);
        return new UseCases(new OnCallService(ports.roster(), guard, commands, clock),
                new EmergencyRequestService(ports.emergencies(), ports.roster(), guard, commands, clock),
                new AdvisoryService(ports.advisories(), guard, commands, clock),
                new CommunicationTestService(ports.tests(), ports.checkIns(), broadcaster, officers, directory, guard,
                        commands, clock),
                new RollCallService(ports.tests(), ports.checkIns(), broadcaster, officers, directory, locator,
                        ports.roster(), guard, commands, clock),
                new PhoneTreeService(ports.phoneTrees(), guard, directory, commands, clock));
    }
}
