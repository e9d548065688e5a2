package io.vigil.examples.demo.documents;

import io.vigil.documents.domain.DocumentAudience;
import io.vigil.documents.domain.Classification;
import io.vigil.documents.domain.Dissemination;
import io.vigil.documents.domain.Document;
import io.vigil.documents.domain.DocumentKind;
import io.vigil.documents.domain.NoticeChannel;
import io.vigil.documents.port.in.DisseminationDetails;
import io.vigil.documents.port.in.DocumentDetails;
import io.vigil.documents.port.in.DocumentsUseCases;
import io.vigil.documents.port.in.PublishDetails;
import io.vigil.examples.demo.people.DemoOffice;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.paging.PageRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo office's security documents, seeded through the use cases when its library is empty:
 * the Mexico City SOPs (movement, visitor access, bomb threat, earthquake), each sent to everyone
 * it applies to and acknowledged by most, the earthquake SOP's second version not yet by every
 * fourth person (the awareness compliance report counts them); the restricted-areas list
 * (generated from the risk context's areas), sent to everyone, which stores its snapshot; the
 * relocation plan (security team only) and the emergency contact sheet, whose review is overdue.
 */
public final class DemoDocuments {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDocuments.class);
    /** The title of the SOP some staff have not acknowledged yet. */
    public static final String EARTHQUAKE = "SOP: earthquake (SASMEX alert, evacuation, assembly points)";

    private final DocumentsUseCases documents;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoOffice.OFFICE, Role.SECURITY_OFFICER);

    /** The seeding over the documents use cases. */
    public DemoDocuments(DocumentsUseCases documents) {
        this.documents = documents;
    }

    /** Seeds the library and its disseminations unless the office has documents. */
    public void seedIfEmpty(Instant now) {
        if (documents.documents().list(officer, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Document movement = sop("SOP: staff movement and road travel", today.plusMonths(8), """
                # Staff movement

                1. Every road trip outside Mexico City needs a security clearance (the travel request).
                2. No road travel between sunset and sunrise on federal highways 15D and 200.
                3. Call in at departure, every two hours and on arrival.
                """);
        Document visitors = sop("SOP: visitor access to the IFC and IBRD offices", today.plusMonths(10), """
                # Visitor access

                - Every visitor is announced by their host, signs in and wears a visitor badge.
                - Bags are screened at the entrance; deliveries go to the mail room only.
                """);
        Document bomb = sop("SOP: bomb threat", today.plusMonths(6), """
                # Bomb threat

                Keep the caller talking, note every detail on the checklist, call the security officer,
                evacuate to the assembly point only on the officer's order.
                """);
        Document quake = sop(EARTHQUAKE, today.plusMonths(4), """
                # Earthquake

                At the SASMEX alert: stop, move away from windows, evacuate by the stairs to the assembly point.
                """);
        quake = publish(quake, """
                # Earthquake (revised)

                At the SASMEX alert: stop, move away from windows, evacuate by the stairs to the assembly point
                on Calle Río Lerma. Wardens take the roll-call there; never re-enter before the all-clear.
                """, "assembly point moved to Calle Río Lerma");
        Document restricted = documents.documents().create(officer, new DocumentDetails(DocumentKind.RESTRICTED_AREAS,
                "Restricted and high-risk areas, Mexico", "Country security officer", Classification.OFFICE,
                today.plusMonths(3), null));
        Document plan = documents.documents().create(officer, new DocumentDetails(DocumentKind.CONTINGENCY,
                "Relocation and evacuation plan, Mexico City", "Country security officer", Classification.SECURITY,
                today.plusMonths(5), null));
        publish(plan, "# Relocation plan\n\nPhase 1: stand-fast. Phase 2: relocation to Querétaro.\n", "annual update");
        Document contacts = documents.documents().create(officer, new DocumentDetails(DocumentKind.CONTACT_SHEET,
                "Emergency contact sheet, Mexico City", "Security associate", Classification.OFFICE,
                today.minusDays(12), null));
        publish(contacts, "text/plain", "Emergency: 911\nSecurity officer: +52 55 5555 0100\nCruz Roja: 065\n",
                "2026 numbers");
        int acknowledged = 0;
        for (Document d : List.of(movement, visitors, bomb, quake)) {
            Dissemination sent = documents.dissemination().disseminate(officer, d.id(), new DisseminationDetails(
                    DocumentAudience.everyone(), Set.of(NoticeChannel.EMAIL, NoticeChannel.SMS)));
            List<PersonId> recipients = sent.recipients();
            for (int i = 0; i < recipients.size(); i++) {
                if (d == quake && i % 4 == 1) {
                    continue;
                }
                documents.dissemination().acknowledge(Actor.staff("demo-ack-" + i, DemoOffice.OFFICE,
                        recipients.get(i)), sent.id());
                acknowledged++;
            }
        }
        documents.dissemination().disseminate(officer, restricted.id(), new DisseminationDetails(
                DocumentAudience.everyone(), Set.of(NoticeChannel.EMAIL)));
        LOG.info("Seeded the demo office's security documents: 7 documents, 5 disseminations, {} acknowledgements",
                acknowledged);
    }

    private Document sop(String title, LocalDate review, String markdown) {
        Document d = documents.documents().create(officer, new DocumentDetails(DocumentKind.SOP, title,
                "Country security officer", Classification.OFFICE, review, DocumentAudience.everyone()));
        return publish(d, markdown, "issued");
    }

    private Document publish(Document d, String markdown, String note) {
        return publish(d, "text/markdown", markdown, note);
    }

    private Document publish(Document d, String type, String content, String note) {
        return documents.documents().publish(officer, d.id(), d.version(), new PublishDetails(type,
                content.getBytes(StandardCharsets.UTF_8), note));
    }
}
