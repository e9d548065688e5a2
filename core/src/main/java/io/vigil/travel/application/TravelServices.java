package io.vigil.travel.application;

import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.kernel.Kernel;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.travel.port.in.TravelUseCases;
import io.vigil.travel.port.out.TravelPorts;

/** The travel context's one construction path, used by hand-wiring hosts and the Guice module alike. */
public final class TravelServices {
    private TravelServices() {
    }

    /**
     * The context's use cases over its ports, reading persons from the people context, areas and
     * assessments from risk, courses and completions from awareness, and sending notices through
     * alerting; re-decisions also run on the events those contexts publish through the kernel
     * ({@link LiveClearances}).
     */
    public static TravelUseCases create(TravelPorts ports, PeopleUseCases people, RiskUseCases risk,
                                        AwarenessUseCases awareness, AlertingUseCases alerting, Kernel kernel) {
        CommandValidator commands = kernel.commands();
        AccessGuard guard = kernel.guard();
        RulesInputs inputs = new RulesInputs(ports, people.offices(), risk.travel(), awareness.travel());
        ClearanceService clearances = new ClearanceService(ports.clearances(), inputs, people.persons(),
                alerting.notices(), guard, commands, kernel.clock());
        LiveClearances live = new LiveClearances(clearances, kernel.clock());
        live.subscribe(kernel.events());
        return new TravelUseCases(clearances,
                new AirOperatorService(ports.operators(), guard, commands, live::operatorsChanged),
                new WaiverService(ports.waivers(), guard, commands, kernel.clock(), live::waiversChanged),
                new TravelPolicyService(ports.policies(), people.offices(), guard, commands),
                new TravelReportService(ports.clearances(), inputs, people.persons(), guard));
    }
}
