package io.vigil.wiring;

import io.vigil.alerting.application.AlertingServices;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.out.AlertingPorts;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.awareness.application.AwarenessServices;
import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.awareness.port.out.AwarenessPorts;
import io.vigil.documents.application.DocumentsServices;
import io.vigil.documents.port.in.DocumentsUseCases;
import io.vigil.documents.port.out.DocumentsPorts;
import io.vigil.kernel.Kernel;
import io.vigil.kernel.Require;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.kernel.audit.AuditTrail;
import io.vigil.people.application.PeopleServices;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.out.PeoplePorts;
import io.vigil.risk.application.RiskServices;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.risk.port.out.RiskPorts;
import java.time.Clock;

/**
 * Vigil wired by hand, without a container: every context's use cases over the ports a host
 * provides, sharing one kernel (clock, access policy, audit log). The Guice modules build the
 * same graph through the same {@code XxxServices.create} calls.
 *
 * <pre>{@code
 * Kernel kernel = Vigil.kernel(Clock.systemUTC(), auditLog);
 * Vigil vigil = Vigil.create(kernel, peoplePorts, riskPorts, alertingPorts, awarenessPorts, documentsPorts, gateway);
 * vigil.people().persons().create(officer, details);
 * }</pre>
 */
public record Vigil(Kernel kernel, PeopleUseCases people, RiskUseCases risk, AlertingUseCases alerting,
                    AwarenessUseCases awareness, DocumentsUseCases documents) {
    public Vigil {
        Require.nonNull(kernel, "kernel");
        Require.nonNull(people, "people");
        Require.nonNull(risk, "risk");
        Require.nonNull(alerting, "alerting");
        Require.nonNull(awareness, "awareness");
        Require.nonNull(documents, "documents");
    }

    /** A kernel on the default need-to-know policy over every context's grants ({@link AccessRegistry}). */
    public static Kernel kernel(Clock clock, AuditLog audit) {
        return Kernel.of(clock, AccessRegistry.defaultPolicy(), audit);
    }

    /** Every context over its ports; {@code gateway} carries the messages Vigil sends. */
    public static Vigil create(Kernel kernel, PeoplePorts people, RiskPorts risk, AlertingPorts alerting,
                               AwarenessPorts awareness, DocumentsPorts documents, MessageGateway gateway) {
        PeopleUseCases peopleUseCases = PeopleServices.create(people, kernel);
        RiskUseCases riskUseCases = RiskServices.create(risk, kernel);
        return new Vigil(kernel, peopleUseCases, riskUseCases,
                AlertingServices.create(alerting, gateway, peopleUseCases, kernel),
                AwarenessServices.create(awareness, peopleUseCases, kernel),
                DocumentsServices.create(documents, new GatewayNotices(gateway, kernel.clock()), peopleUseCases,
                        riskUseCases, kernel));
    }

    /** The audit trail's read use case. */
    public AuditTrail audit() {
        return kernel.auditTrail();
    }
}
