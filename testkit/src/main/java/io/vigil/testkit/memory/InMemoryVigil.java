package io.vigil.testkit.memory;

import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.out.AlertingPorts;
import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.awareness.port.out.AwarenessPorts;
import io.vigil.guard.port.in.GuardUseCases;
import io.vigil.guard.port.out.GuardPorts;
import io.vigil.incident.port.in.IncidentUseCases;
import io.vigil.incident.port.out.IncidentPorts;
import io.vigil.crisis.port.in.CrisisUseCases;
import io.vigil.crisis.port.out.CrisisPorts;
import io.vigil.documents.port.in.DocumentsUseCases;
import io.vigil.documents.port.out.DocumentsPorts;
import io.vigil.review.port.in.ReviewUseCases;
import io.vigil.soc.port.in.SocUseCases;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.liaison.port.in.LiaisonUseCases;
import io.vigil.liaison.port.out.LiaisonPorts;
import io.vigil.kernel.audit.AuditTrail;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.movement.port.out.MovementPorts;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.out.PeoplePorts;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.risk.port.out.RiskPorts;
import io.vigil.testkit.memory.alerting.InMemoryAlertingStores;
import io.vigil.testkit.memory.alerting.InMemoryMessageGateway;
import io.vigil.testkit.memory.audit.InMemoryAuditStores;
import io.vigil.testkit.memory.awareness.InMemoryAwarenessStores;
import io.vigil.testkit.memory.movement.InMemoryMovementStores;
import io.vigil.testkit.memory.guard.InMemoryGuardStores;
import io.vigil.testkit.memory.incident.InMemoryIncidentStores;
import io.vigil.testkit.memory.crisis.InMemoryCrisisStores;
import io.vigil.testkit.memory.documents.InMemoryDocumentsStores;
import io.vigil.testkit.memory.liaison.InMemoryLiaisonStores;
import io.vigil.testkit.memory.people.InMemoryPeopleStores;
import io.vigil.testkit.memory.risk.InMemoryRiskStores;
import io.vigil.testkit.memory.travel.InMemoryTravelStores;
import io.vigil.travel.port.in.TravelUseCases;
import io.vigil.travel.port.out.TravelPorts;
import io.vigil.wiring.Vigil;
import java.time.Clock;

/**
 * Every context of Vigil wired by hand ({@link Vigil#create}) over fresh in-memory adapters,
 * sharing one audit log, one access policy and one clock: the fixture for use-case and API tests.
 */
public record InMemoryVigil(Vigil vigil, PeoplePorts peoplePorts, RiskPorts riskPorts, AlertingPorts alertingPorts,
                            AwarenessPorts awarenessPorts, AuditLog auditLog, InMemoryMessageGateway gateway,
                            TravelPorts travelPorts, MovementPorts movementPorts,
                            GuardPorts guardPorts, IncidentPorts incidentPorts,
                            CrisisPorts crisisPorts, DocumentsPorts documentsPorts,
                            LiaisonPorts liaisonPorts) {

    /** A new, empty Vigil on the default role-based policy. */
    public static InMemoryVigil create(Clock clock) {
        AuditLog audit = new InMemoryAuditStores().open();
        PeoplePorts people = new InMemoryPeopleStores().open();
        RiskPorts risk = new InMemoryRiskStores().open();
        AlertingPorts alerting = new InMemoryAlertingStores().open();
        AwarenessPorts awareness = new InMemoryAwarenessStores().open();
        TravelPorts travel = new InMemoryTravelStores().open();
        MovementPorts movement = new InMemoryMovementStores().open();
        GuardPorts guard = new InMemoryGuardStores().open();
        IncidentPorts incident = new InMemoryIncidentStores().open();
        CrisisPorts crisis = new InMemoryCrisisStores().open();
        DocumentsPorts documents = new InMemoryDocumentsStores().open();
        LiaisonPorts liaison = new InMemoryLiaisonStores().open();
        InMemoryMessageGateway gateway = new InMemoryMessageGateway();
        Vigil vigil = Vigil.create(Vigil.kernel(clock, audit), people, risk, alerting, awareness, travel, movement,
                guard, incident, crisis, documents, liaison, gateway);
        return new InMemoryVigil(vigil, people, risk, alerting, awareness, audit, gateway, travel, movement,
                guard, incident, crisis, documents, liaison);
    }

    public PeopleUseCases people() {
        return vigil.people();
    }

    public RiskUseCases risk() {
        return vigil.risk();
    }

    public AlertingUseCases alerting() {
        return vigil.alerting();
    }

    public AwarenessUseCases awareness() {
        return vigil.awareness();
    }

    public TravelUseCases travel() {
        return vigil.travel();
    }

    public MovementUseCases movement() {
        return vigil.movement();
    }

    public GuardUseCases guard() {
        return vigil.guard();
    }

    public IncidentUseCases incident() {
        return vigil.incident();
    }

    /** The crisis context's use cases. */
    public CrisisUseCases crisis() {
        return vigil.crisis();
    }

    public DocumentsUseCases documents() {
        return vigil.documents();
    }

    /** The liaison use cases. */
    public LiaisonUseCases liaison() {
        return vigil.liaison();
    }

    /** The programme review's use cases (built last, over every other context's). */
    public ReviewUseCases review() {
        return vigil.review();
    }

    /** The SOC's use cases: the cross-office overview. */
    public SocUseCases soc() {
        return vigil.soc();
    }

    /** The audit trail's read use case. */
    public AuditTrail audit() {
        return vigil.audit();
    }
}
