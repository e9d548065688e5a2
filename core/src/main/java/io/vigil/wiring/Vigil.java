package io.vigil.wiring;

import io.vigil.alerting.application.AlertingServices;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.out.AlertingPorts;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.alerting.port.out.RequestQueueing;
import io.vigil.awareness.application.AwarenessServices;
import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.awareness.port.out.AwarenessPorts;
import io.vigil.crisis.application.CrisisServices;
import io.vigil.crisis.port.in.CrisisUseCases;
import io.vigil.crisis.port.out.CrisisPorts;
import io.vigil.documents.application.DocumentsServices;
import io.vigil.documents.port.in.DocumentsUseCases;
import io.vigil.documents.port.out.DocumentsPorts;
import io.vigil.guard.application.GuardServices;
import io.vigil.guard.port.in.GuardUseCases;
import io.vigil.guard.port.out.GuardPorts;
import io.vigil.incident.application.IncidentServices;
import io.vigil.incident.port.in.IncidentUseCases;
import io.vigil.incident.port.out.IncidentPorts;
import io.vigil.kernel.Kernel;
import io.vigil.kernel.Require;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.kernel.audit.AuditTrail;
import io.vigil.liaison.application.LiaisonServices;
import io.vigil.liaison.port.in.LiaisonUseCases;
import io.vigil.liaison.port.out.LiaisonPorts;
import io.vigil.movement.application.MovementServices;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.movement.port.out.MovementPorts;
import io.vigil.people.application.PeopleServices;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.out.PeoplePorts;
import io.vigil.review.application.ReviewServices;
import io.vigil.review.port.in.ReviewUseCases;
import io.vigil.risk.application.RiskServices;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.risk.port.out.RiskPorts;
import io.vigil.soc.application.SocServices;
import io.vigil.soc.port.in.SocUseCases;
import io.vigil.travel.application.TravelServices;
import io.vigil.travel.port.in.TravelUseCases;
import io.vigil.travel.port.out.TravelPorts;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Vigil wired by hand, without a container: every context's use cases over the ports a host
 * provides, sharing one kernel (clock, access policy, audit log). The Guice modules build the
 * same graph through the same {@code XxxServices.create} calls.
 *
 * <pre>{@code
 * Kernel kernel = Vigil.kernel(Clock.systemUTC(), auditLog);
 * Vigil vigil = Vigil.create(kernel, peoplePorts, riskPorts, alertingPorts, awarenessPorts, travelPorts, movementPorts, guardPorts,
 *         incidentPorts, crisisPorts, documentsPorts, liaisonPorts, gateway);
 * vigil.people().persons().create(officer, details);
 * }</pre>
 */
public record Vigil(Kernel kernel, PeopleUseCases people, RiskUseCases risk, AlertingUseCases alerting,
                    AwarenessUseCases awareness, TravelUseCases travel, MovementUseCases movement,
                    GuardUseCases guard, IncidentUseCases incident,
                    CrisisUseCases crisis, DocumentsUseCases documents, LiaisonUseCases liaison,
                    ReviewUseCases review, SocUseCases soc) {
    public Vigil {
        Require.nonNull(kernel, "kernel");
        Require.nonNull(people, "people");
        Require.nonNull(risk, "risk");
        Require.nonNull(alerting, "alerting");
        Require.nonNull(awareness, "awareness");
        Require.nonNull(travel, "travel");
        Require.nonNull(movement, "movement");
        Require.nonNull(guard, "guard");
        Require.nonNull(incident, "incident");
        Require.nonNull(crisis, "crisis");
        Require.nonNull(documents, "documents");
        Require.nonNull(liaison, "liaison");
        Require.nonNull(review, "review");
        Require.nonNull(soc, "soc");
    }

    /** A kernel on the default need-to-know policy over every context's grants ({@link AccessRegistry}). */
    public static Kernel kernel(Clock clock, AuditLog audit) {
        return Kernel.of(clock, AccessRegistry.defaultPolicy(), audit);
    }

    /**
     * Every context over its ports; {@code gateway} carries the messages Vigil sends, the requests
     * of a test or roll-call queued before {@code start} returns ({@link RequestQueueing#NOW}).
     */
    public static Vigil create(Kernel kernel, PeoplePorts people, RiskPorts risk, AlertingPorts alerting,
                               AwarenessPorts awareness, TravelPorts travel, MovementPorts movement, GuardPorts guard,
                               IncidentPorts incident, CrisisPorts crisis,
                               DocumentsPorts documents, LiaisonPorts liaison,
                               MessageGateway gateway) {
        return create(kernel, people, risk, alerting, awareness, travel, movement, guard, incident, crisis, documents,
                liaison, gateway, RequestQueueing.NOW);
    }

    /**
     * Every context over its ports as {@link #create(Kernel, PeoplePorts, RiskPorts, AlertingPorts,
     * AwarenessPorts, TravelPorts, MovementPorts, GuardPorts, IncidentPorts, CrisisPorts, DocumentsPorts,
     * LiaisonPorts, MessageGateway)} makes them, a test's or roll-call's requests queued where
     * {@code queueing} runs them.
     */
    public static Vigil create(Kernel kernel, PeoplePorts people, RiskPorts risk, AlertingPorts alerting,
                               AwarenessPorts awareness, TravelPorts travel, MovementPorts movement, GuardPorts guard,
                               IncidentPorts incident, CrisisPorts crisis,
                               DocumentsPorts documents, LiaisonPorts liaison,
                               MessageGateway gateway, RequestQueueing queueing) {
        PeopleUseCases peopleUseCases = PeopleServices.create(people, kernel);
        RiskUseCases riskUseCases = RiskServices.create(risk, kernel);
        // the movement and incident contexts use alerting; alerting hands them SMS from the field through
        // links that resolve them when a call-in or flash report comes (set below)
        AtomicReference<MovementUseCases> movements = new AtomicReference<>();
        AtomicReference<IncidentUseCases> incidents = new AtomicReference<>();
        AlertingUseCases alertingUseCases = AlertingServices.create(alerting, gateway, peopleUseCases,
                new FieldLinks(movements::get, incidents::get), queueing, kernel);
        // documents before awareness: the compliance report counts acknowledgements (documents needs
        // only people, risk and the gateway, so there is no cycle)
        DocumentsUseCases documentsUseCases = DocumentsServices.create(documents,
                new GatewayNotices(gateway, kernel.clock()), alertingUseCases.notices(), peopleUseCases, riskUseCases, kernel);
        AwarenessUseCases awarenessUseCases = AwarenessServices.create(awareness, peopleUseCases,
                new DocumentsAcknowledgements(documentsUseCases.dissemination()), kernel);
        // crisis and incident use each other: crisis is built first, reading incident reports through an
        // adapter that resolves the incident context when it reads (set just below), then incident over it
        CrisisUseCases crisisUseCases = CrisisServices.create(crisis, new GatewayCrisisMessages(gateway),
                alertingUseCases.notices(),
                new AlertingCrisisDrills(alertingUseCases, kernel.clock()), new CrisisIncidentReports(incidents::get),
                peopleUseCases, new PeopleRelocationPersonnel(peopleUseCases), kernel);
        incidents.set(IncidentServices.create(incident, IncidentLinks.messenger(gateway, kernel.clock()),
                alertingUseCases.notices(),
                IncidentLinks.rollCalls(alertingUseCases), IncidentLinks.crisisTeam(crisisUseCases), riskUseCases,
                peopleUseCases.offices(), kernel));
        TravelUseCases travelUseCases = TravelServices.create(travel, peopleUseCases, riskUseCases, awarenessUseCases,
                alertingUseCases, kernel);
        GuardUseCases guardUseCases = GuardServices.create(guard, GuardLinks.sites(riskUseCases), kernel);
        MovementUseCases movementUseCases = MovementServices.create(movement,
                MovementLinks.partners(riskUseCases, travelUseCases), peopleUseCases, alertingUseCases, kernel);
        movements.set(movementUseCases);
        LiaisonUseCases liaisonUseCases = LiaisonServices.create(liaison, LiaisonLinks.persons(peopleUseCases), kernel);
        // the programme review last: it reads every other context's use cases
        ReviewUseCases reviewUseCases = ReviewServices.create(ReviewSources.of(riskUseCases, alertingUseCases,
                travelUseCases, incidents.get(), crisisUseCases, guardUseCases, documentsUseCases, awarenessUseCases,
                movementUseCases, liaisonUseCases), peopleUseCases.offices(), kernel);
        return new Vigil(kernel, peopleUseCases, riskUseCases, alertingUseCases, awarenessUseCases,
                travelUseCases,
                movementUseCases,
                guardUseCases,
                incidents.get(),
                crisisUseCases,
                documentsUseCases,
                liaisonUseCases,
                reviewUseCases,
                SocServices.create(peopleUseCases, alertingUseCases, movementUseCases, liaisonUseCases,
                        SocLinks.offices(peopleUseCases)));
    }

    /** The audit trail's read use case. */
    public AuditTrail audit() {
        return kernel.auditTrail();
    }
}
