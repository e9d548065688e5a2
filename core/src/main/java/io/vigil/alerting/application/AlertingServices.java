package io.vigil.alerting.application;

import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.out.AlertingPorts;
import io.vigil.alerting.port.out.FieldReports;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.alerting.port.out.RequestQueueing;
import io.vigil.kernel.Kernel;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.people.port.in.PeopleUseCases;
import java.time.Clock;

/**
 * The emergency communications context's one construction path (the 24/7 on-call roster, the
 * emergency request log, advisories, communication tests, roll-calls, the telephone tree, message templates and SMS replies), used
 * by hand-wiring hosts and the Guice module alike.
 */
public final class AlertingServices {
    private AlertingServices() {
    }

    /**
     * The context's use cases, without call-ins and flash reports by SMS (refused: {@link FieldReports#NONE}):
     * {@code gateway} carries the messages, and the personnel context's
     * contact directory says how to reach people and its locator who is affected by an incident.
     */
    public static AlertingUseCases create(AlertingPorts ports, MessageGateway gateway, PeopleUseCases people,
                                          Kernel kernel) {
        return create(ports, gateway, people, FieldReports.NONE, kernel);
    }

    /**
     * The context's use cases as {@link #create(AlertingPorts, MessageGateway, PeopleUseCases, Kernel)}
     * makes them, with {@code field} taking the call-ins and flash reports that SMS from the field
     * report (to the movement and incident contexts; the wiring's {@code FieldLinks}).
     */
    public static AlertingUseCases create(AlertingPorts ports, MessageGateway gateway, PeopleUseCases people,
                                          FieldReports field, Kernel kernel) {
        return create(ports, gateway, people, field, RequestQueueing.NOW, kernel);
    }

    /**
     * The context's use cases as {@link #create(AlertingPorts, MessageGateway, PeopleUseCases, FieldReports, Kernel)}
     * makes them, the requests of each test or roll-call started queued where {@code queueing} runs
     * them ({@link RequestQueueing#on} an executor of the host's: {@code start} then returns once the
     * test and its audience are stored).
     */
    public static AlertingUseCases create(AlertingPorts ports, MessageGateway gateway, PeopleUseCases people,
                                          FieldReports field, RequestQueueing queueing, Kernel kernel) {
        CommandValidator commands = kernel.commands();
        Clock clock = kernel.clock();
        AccessGuard guard = kernel.guard();
        MessageTexts texts = new MessageTexts(ports.messages(), people.offices());
        Broadcaster broadcaster = new Broadcaster(gateway, texts, queueing, clock);
        OfficerAlerts officers = new OfficerAlerts(ports.roster(), broadcaster, clock);
        RollCallService rollCalls = new RollCallService(ports.tests(), ports.checkIns(), broadcaster, people.directory(),
                people.locator(), ports.roster(), guard, commands, clock);
        CommunicationTestService tests = new CommunicationTestService(ports.tests(), ports.checkIns(), broadcaster,
                officers, people.directory(), guard, commands, clock);
        return new AlertingUseCases(new OnCallService(ports.roster(), guard, commands, clock),
                new EmergencyRequestService(ports.emergencies(), ports.roster(), guard, commands, clock),
                new AdvisoryService(ports.advisories(), broadcaster, people, guard, commands, clock),
                tests,
                rollCalls,
                new PhoneTreeService(ports.phoneTrees(), guard, people.directory(), commands, clock),
                new RollCallViewService(rollCalls, ports.tests(), ports.checkIns(), people.locator(), people.cards(),
                        people.offices(), guard, clock),
                new NoticeService(broadcaster, officers, people.directory()),
                new SilenceService(ports.roster(), broadcaster, people.directory(), guard, clock),
                new MessageService(ports.messages(), guard),
                new SmsReplyService(tests, broadcaster, texts, people.directory(), field));
    }
}
