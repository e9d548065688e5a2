package io.vigil.examples.demo.movement;

import io.vigil.examples.demo.people.DemoOffice;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.movement.domain.SupportProvider;
import io.vigil.movement.domain.SupportStatus;
import io.vigil.movement.domain.Visit;
import io.vigil.movement.domain.VisitKind;
import io.vigil.movement.port.in.ProtectiveMeasureDetails;
import io.vigil.movement.port.in.MemberClearancesDetails;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.movement.port.in.ProgrammeItemDetails;
import io.vigil.movement.port.in.SiteAssessmentDetails;
import io.vigil.movement.port.in.SupportAnswerDetails;
import io.vigil.movement.port.in.SupportRequestDetails;
import io.vigil.movement.port.in.VisitDetails;
import io.vigil.risk.domain.VenueAssessment;
import io.vigil.risk.port.in.RiskUseCases;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo office's protective operation: the Executive Director's visit to the Mexico City office,
 * ten days from the first start, with its programme at three of the risk context's assessed venues,
 * its advance site assessment (the assembly point still missing, so readiness shows it), its
 * measures, a host-government escort confirmed and a private security request made late, and the
 * members' clearance requests submitted through the travel context.
 */
public final class DemoVisits {
    private static final Logger LOG = LoggerFactory.getLogger(DemoVisits.class);
    /** The demo visit's title. */
    public static final String TITLE = "Visit of the Executive Director to the Mexico City office";
    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

    private final MovementUseCases movement;
    private final RiskUseCases risk;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoOffice.OFFICE, Role.SECURITY_OFFICER);

    /** The seeding over the movement use cases, reading the venues through the risk use cases. */
    public DemoVisits(MovementUseCases movement, RiskUseCases risk) {
        this.movement = movement;
        this.risk = risk;
    }

    /** Seeds the visit unless the office has one; {@code members} are the persons on it. */
    public void seedIfEmpty(Instant now, List<PersonId> members) {
        if (movement.visits().list(officer, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        LocalDate first = now.atZone(MEXICO).toLocalDate().plusDays(10);
        Instant starts = first.atStartOfDay(MEXICO).toInstant();
        Instant ends = first.plusDays(3).atStartOfDay(MEXICO).toInstant();
        Visit v = movement.visits().create(officer, new VisitDetails(TITLE, VisitKind.SENIOR_OFFICIAL_VISIT,
                "Executive Director", members, starts, ends, List.of(
                        item("Meeting with the Minister of Foreign Affairs", "Avenida Juárez 20, Centro",
                                venue("Secretaría de Relaciones Exteriores"), first, 10, 12),
                        item("Working lunch with the country team", "Avenida Ámsterdam, Condesa",
                                venue("Restaurant on Avenida Ámsterdam"), first, 14, 16),
                        item("Donor round table", "Campos Elíseos, Polanco", venue("Hotel in Polanco"),
                                first.plusDays(1), 9, 13)),
                List.of(new ProtectiveMeasureDetails("Kidnapping on the road between venues",
                                "Armoured vehicle, varied routes, close protection officer"),
                        new ProtectiveMeasureDetails("Protest at the Ministry", "Entry by the side gate; arrival window"
                                + " confirmed with the Ministry's security on the day"))));
        v = movement.visits().assessSite(officer, v.id(), v.version(), new SiteAssessmentDetails(
                new SiteAssessmentDetails.RouteDetails("Paseo de la Reforma to Avenida Juárez", 20),
                new SiteAssessmentDetails.RouteDetails("Circuito Interior and Eje Central", 35),
                new SiteAssessmentDetails.EmergencyServiceDetails("Hospital Ángeles Metropolitano", "+52 55 5265 1800",
                        15),
                new SiteAssessmentDetails.EmergencyServiceDetails("SSC Cuauhtémoc sector police", "+52 55 5242 5100",
                        8),
                "Ministry's 3rd floor briefing room, lockable, with a landline", null));
        v = movement.visits().requestSupport(officer, v.id(), v.version(), new SupportRequestDetails(
                SupportProvider.HOST_GOVERNMENT, "Police motorcade escort between the venues",
                now.minus(Duration.ofDays(30))));
        UUID escort = v.support().get(0).id();
        v = movement.visits().answerSupport(officer, v.id(), escort, v.version(),
                new SupportAnswerDetails(SupportStatus.CONFIRMED, now.minus(Duration.ofDays(5))));
        v = movement.visits().requestSupport(officer, v.id(), v.version(), new SupportRequestDetails(
                SupportProvider.PRIVATE_SECURITY, "Two close protection officers for the round table", now));
        movement.visits().requestClearances(officer, v.id(), v.version(), new MemberClearancesDetails("PC2"));
        LOG.info("Seeded the Executive Director's visit with {} members for {}", members.size(), DemoOffice.OFFICE);
    }

    private static ProgrammeItemDetails item(String title, String place, UUID venue, LocalDate day, int from, int to) {
        ZonedDateTime start = day.atStartOfDay(MEXICO);
        return new ProgrammeItemDetails(title, place, venue, start.plusHours(from).toInstant(),
                start.plusHours(to).toInstant());
    }

    private UUID venue(String name) {
        return Page.all(page -> risk.venues().list(officer, page)).stream().filter(v -> v.name().equals(name))
                .map(VenueAssessment::id).findFirst().orElseThrow().value();
    }
}
