package io.vigil.incident.application;

import io.vigil.alerting.port.in.NoticesUseCase;
import io.vigil.incident.port.in.IncidentUseCases;
import io.vigil.incident.port.out.ChainMessenger;
import io.vigil.incident.port.out.CrisisActivator;
import io.vigil.incident.port.out.IncidentPorts;
import io.vigil.incident.port.out.RollCallStarter;
import io.vigil.kernel.Kernel;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.people.port.in.ManageOfficesUseCase;
import io.vigil.risk.port.in.RiskUseCases;

/** The incident context's one construction path, used by hand-wiring hosts and the Guice module alike. */
public final class IncidentServices {
    private IncidentServices() {
    }

    /**
     * The context's use cases over its stores, the messenger that tells the reporting chain and the
     * alerting context's notices that word its messages from the office's templates, the
     * starter of roll-calls (the alerting context), the activator of the crisis team (the crisis
     * context), the risk context's use cases, the office profiles (the zone exports show local times in) and the kernel.
     */
    public static IncidentUseCases create(IncidentPorts ports, ChainMessenger messenger, NoticesUseCase wording,
                                          RollCallStarter rollCalls,
                                          CrisisActivator crisisTeam, RiskUseCases risk, ManageOfficesUseCase offices,
                                          Kernel kernel) {
        CommandValidator commands = kernel.commands();
        AccessGuard guard = kernel.guard();
        SettingsService settings = new SettingsService(ports.settings(), guard, commands);
        return new IncidentUseCases(
                new ReportService(ports.reports(), ports.enquiries(), settings, new ReportingChain(messenger, wording),
                        rollCalls, crisisTeam, guard, commands, kernel.clock()),
                new EnquiryService(ports.enquiries(), ports.reports(), guard, commands, kernel.clock()),
                settings,
                new AnalysisService(ports.reports(), settings, risk.reviews(), offices, guard),
                new FlashReportService(ports.reports(), settings, new ReportingChain(messenger, wording), guard, commands,
                        kernel.clock()));
    }
}
