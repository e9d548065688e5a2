package io.vigil.examples.demo.bangui;

import io.vigil.documents.domain.Classification;
import io.vigil.documents.domain.Document;
import io.vigil.documents.domain.DocumentAudience;
import io.vigil.documents.domain.DocumentKind;
import io.vigil.documents.port.in.DocumentDetails;
import io.vigil.documents.port.in.DocumentsUseCases;
import io.vigil.documents.port.in.PublishDetails;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.time.LocalTimes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The Bangui office's security documents: the movement SOP (PK5 with an escort and by daylight, roads
 * out of the city only with a clearance), the relocation plan naming its safe haven, and the emergency
 * contact sheet.
 */
public final class DemoBanguiDocuments {
    /** The title of the Bangui office's movement SOP. */
    public static final String MOVEMENT_SOP = "SOP : déplacements du personnel à Bangui et hors de la ville";

    private final DocumentsUseCases documents;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoBanguiOffice.OFFICE, Role.SECURITY_OFFICER);

    public DemoBanguiDocuments(DocumentsUseCases documents) {
        this.documents = documents;
    }

    /** Seeds the library unless the office has documents. */
    public void seedIfEmpty(Instant now) {
        if (documents.documents().list(officer, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        LocalDate today = LocalTimes.day(now, ZoneId.of("Africa/Bangui"));
        Document sop = documents.documents().create(officer, new DocumentDetails(DocumentKind.SOP, MOVEMENT_SOP,
                "Security officer, IOM Bangui", Classification.OFFICE, today.plusMonths(6), DocumentAudience.everyone()));
        publish(sop, """
                # Déplacements

                1. Le marché du PK5 (3e arrondissement) : seulement avec escorte, entre 08:00 et 16:00.
                2. Toute route hors de Bangui (PK12, route de Damara, route de Boali) exige une autorisation
                   de sécurité (la demande de voyage), en convoi de deux véhicules au moins.
                3. Appel radio au départ, toutes les deux heures et à l'arrivée.
                """);
        Document plan = documents.documents().create(officer, new DocumentDetails(DocumentKind.CONTINGENCY,
                "Plan de relocalisation et d'évacuation, Bangui", "Security officer, IOM Bangui",
                Classification.SECURITY, today.plusMonths(4), null));
        publish(plan, """
                # Plan de relocalisation

                Phase 1 : confinement. Phase 2 : regroupement au bureau (1er arrondissement).
                Phase 3 : relocalisation vers le lieu sûr de Douala (Cameroun) par vol depuis Bangui M'Poko.
                """);
        Document contacts = documents.documents().create(officer, new DocumentDetails(DocumentKind.CONTACT_SHEET,
                "Contacts d'urgence, Bangui", "Security associate, IOM Bangui", Classification.OFFICE,
                today.plusMonths(2), null));
        publish(contacts, "Salle radio : +236 70 00 00 10\nSecurity officer : +236 70 00 00 11\n");
    }

    private void publish(Document d, String markdown) {
        documents.documents().publish(officer, d.id(), d.version(), new PublishDetails("text/markdown",
                markdown.getBytes(StandardCharsets.UTF_8), "issued"));
    }
}
