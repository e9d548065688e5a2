package io.vigil.movement.application;

import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.kernel.Kernel;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.movement.port.out.MovementPartners;
import io.vigil.movement.port.out.MovementPorts;
import io.vigil.people.port.in.PeopleUseCases;

/** The movement context's one construction path, used by hand-wiring hosts and the Guice module alike. */
public final class MovementServices {
    private MovementServices() {
    }

    /**
     * The context's use cases over its ports, what it reads of other contexts ({@code partners}: the
     * restricted areas, venue assessments and clearances), the people context's contact directory (names in the
     * escalation messages; its warden zones and locator for the deployment numbers), the alerting
     * context's escalation of silence (which sends them through the outbox) and the kernel.
     */
    public static MovementUseCases create(MovementPorts ports, MovementPartners partners, PeopleUseCases people,
                                          AlertingUseCases alerting, Kernel kernel) {
        CommandValidator commands = kernel.commands();
        AccessGuard guard = kernel.guard();
        Escalations escalations = new Escalations(ports, MovementService.records(ports, guard), alerting.silences(), alerting.notices(),
                people.directory(), people.offices(), kernel.clock());
        return new MovementUseCases(new MovementService(ports, partners.areas(), escalations, people.offices(), guard,
                commands, kernel.clock()),
                new VehicleService(ports.vehicles(), guard, commands),
                new DriverService(ports.drivers(), guard, commands),
                new SettingsService(ports.settings(), people.offices(), guard, commands),
                new RiverOptionService(ports.riverOptions(), guard, commands),
                new MedevacPlanService(ports.medevacPlans(), guard, commands),
                new RoadIncidentService(ports, guard, commands, kernel.clock()),
                new DeploymentService(ports.movements(), people.zones(), people.locator(), guard),
                new VisitService(ports, partners, guard, commands, kernel.clock()),
                new FieldCallInService(ports, people.offices(), guard, commands, kernel.clock()));
    }
}
