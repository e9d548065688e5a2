package io.vigil.risk.application;

import io.vigil.kernel.Kernel;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.risk.port.out.RiskPorts;

/** The risk management context's one construction path, used by hand-wiring hosts and the Guice module alike. */
public final class RiskServices {
    private RiskServices() {
    }

    /** The context's use cases over its ports and the shared kernel. */
    public static RiskUseCases create(RiskPorts ports, Kernel kernel) {
        CommandValidator commands = kernel.commands();
        AccessGuard guard = kernel.guard();
        FacilityService facilities = new FacilityService(ports.facilities(), guard, commands);
        return new RiskUseCases(new AssessmentService(ports.assessments(), ports.policies(), guard, commands,
                kernel.clock(), kernel.events()),
                new RiskPolicyService(ports.policies(), guard, commands),
                new RestrictedAreaService(ports.areas(), guard, commands, kernel.events(), kernel.clock()),
                new VenueService(ports.venues(), guard, commands),
                facilities,
                new RiskForTravelService(ports.assessments(), ports.areas(), guard),
                new ReviewSuggestionService(ports.assessments(), guard, kernel.clock()),
                new RestrictedAreaListService(ports.areas(), guard),
                new PremisesProjectService(ports.projects(), ports.facilities(), facilities, guard, commands,
                        kernel.clock()));
    }
}
