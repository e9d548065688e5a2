package io.vigil.examples.demo.bangui;

import com.google.inject.Injector;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.ManageMessagesUseCase;
import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.crisis.port.in.CrisisUseCases;
import io.vigil.documents.port.in.DocumentsUseCases;
import io.vigil.guard.port.in.GuardUseCases;
import io.vigil.incident.port.in.IncidentUseCases;
import io.vigil.kernel.Language;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.liaison.port.in.LiaisonUseCases;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.travel.port.in.TravelUseCases;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bangui demo office ({@code CF-BGF}) beside Mexico City: its seeding, each context's part only
 * when the office has none of it (people, risk, movement, incidents, documents, awareness, travel,
 * guard force, crisis, alerting, liaison), and its demo tokens. The SOC token of the Mexico City table reads both offices;
 * every token here acts for Bangui alone.
 */
public final class DemoBangui {
    private static final Logger LOG = LoggerFactory.getLogger(DemoBangui.class);

    private DemoBangui() {
    }

    /** Seeds what the Bangui office lacks; returns its demo tokens, in the order they are printed. */
    public static Map<String, Actor> seedIfEmpty(Injector core, PeopleUseCases people, Instant now) {
        DemoBanguiOffice office = new DemoBanguiOffice(people);
        if (office.seedIfEmpty(now)) {
            LOG.info("First start: seeded the demo office {}", DemoBanguiOffice.OFFICE);
        }
        PersonId staff = office.find(DemoBanguiOffice.STAFF_NAME);
        PersonId warden = office.find(DemoBanguiOffice.WARDEN_NAME);
        new DemoBanguiRisk(core.getInstance(RiskUseCases.class)).seedIfEmpty(now);
        new DemoBanguiMovement(core.getInstance(MovementUseCases.class)).seedIfEmpty(now, warden,
                DemoBanguiOffice.WARDEN_NAME, List.of(staff));
        new DemoBanguiIncident(core.getInstance(IncidentUseCases.class), staff).seedIfEmpty(now);
        new DemoBanguiDocuments(core.getInstance(DocumentsUseCases.class)).seedIfEmpty(now);
        frenchUnlessSet(core.getInstance(AlertingUseCases.class).messages());
        new DemoBanguiAwareness(core.getInstance(AwarenessUseCases.class), people).seedIfEmpty(now);
        new DemoBanguiTravel(core.getInstance(TravelUseCases.class)).seedIfEmpty(now, staff, warden);
        new DemoBanguiGuard(core.getInstance(GuardUseCases.class), core.getInstance(RiskUseCases.class)).seedIfEmpty();
        new DemoBanguiCrisis(core.getInstance(CrisisUseCases.class), people).seedIfEmpty(now);
        new DemoBanguiAlerting(core.getInstance(AlertingUseCases.class), people).seedIfEmpty(now);
        new DemoBanguiLiaison(core.getInstance(LiaisonUseCases.class), staff, warden).seedIfEmpty(now);
        return tokens(staff, warden);
    }

    /**
     * The office works in French: its default language (messages to those who prefer none, the
     * console's labels) is set to French while its message settings were never set.
     */
    static void frenchUnlessSet(ManageMessagesUseCase messages) {
        Actor seeder = Actor.of("vigil-demo-seed", DemoBanguiOffice.OFFICE, Role.SECURITY_OFFICER);
        if (messages.get(seeder).version() == 0) {
            messages.setDefaultLanguage(seeder, 0, Language.FR);
        }
    }

    /** The Bangui office's tokens: one per role but the SOC's (and the guard vendor's), each acting for {@code CF-BGF}. */
    public static Map<String, Actor> tokens(PersonId staff, PersonId warden) {
        Map<String, Actor> tokens = new LinkedHashMap<>();
        tokens.put("demo-officer-bgf", Actor.of("officer@bgf.demo", DemoBanguiOffice.OFFICE, Role.SECURITY_OFFICER));
        tokens.put("demo-associate-bgf", Actor.of("associate@bgf.demo", DemoBanguiOffice.OFFICE,
                Role.SECURITY_ASSOCIATE));
        tokens.put("demo-warden-bgf", Actor.warden("warden@bgf.demo", DemoBanguiOffice.OFFICE, warden,
                Set.of(DemoBanguiOffice.ZONE_CENTRE)));
        tokens.put("demo-manager-bgf", Actor.of("manager@bgf.demo", DemoBanguiOffice.OFFICE, Role.MANAGER));
        tokens.put("demo-staff-bgf", Actor.staff("staff@bgf.demo", DemoBanguiOffice.OFFICE, staff));
        tokens.put("demo-integration-bgf", Actor.of("integration@bgf.demo", DemoBanguiOffice.OFFICE,
                Role.INTEGRATION));
        tokens.put("demo-vendor-bgf", Actor.of(DemoBanguiGuard.VENDOR_SUBJECT, DemoBanguiOffice.OFFICE, Role.VENDOR));
        return tokens;
    }
}
