package io.vigil.testkit.memory;

import io.vigil.alerting.application.AlertingServices;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessPolicy;
import io.vigil.kernel.access.RoleBasedAccessPolicy;
import io.vigil.kernel.audit.AuditTrail;
import io.vigil.kernel.event.InProcessEventBus;
import io.vigil.people.application.PeopleServices;
import io.vigil.risk.application.RiskServices;
import io.vigil.wiring.VigilPorts;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;

/**
 * Every context of Vigil wired by hand over fresh in-memory adapters, sharing one audit log,
 * one access policy and one clock: the fixture for use-case and API tests.
 */
public record InMemoryVigil(VigilPorts ports, PeopleServices.UseCases people, RiskServices.UseCases risk,
                            AlertingServices.UseCases alerting, InMemoryMessageGateway gateway, AuditTrail audit) {

    /** A new, empty Vigil on the default role-based policy. */
    public static InMemoryVigil create(Clock clock) {
        VigilPorts ports = InMemoryAdapters.all();
        AccessPolicy policy = new RoleBasedAccessPolicy();
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        PeopleServices.UseCases people = PeopleServices.create(ports.people(), clock, policy, validator,
                new InProcessEventBus());
        InMemoryMessageGateway gateway = new InMemoryMessageGateway();
        return new InMemoryVigil(ports, people, RiskServices.create(ports.risk(), clock, policy, validator),
                AlertingServices.create(ports.alerting(), gateway, people.directory(), people.locator(), clock,
                        policy, validator),
                gateway, new AuditTrail(new AccessGuard(policy, ports.people().audit(), clock), ports.people().audit()));
    }
}
