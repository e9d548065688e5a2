package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.documents.domain.DocumentAudience;
import io.vigil.documents.domain.Classification;
import io.vigil.documents.domain.Dissemination;
import io.vigil.documents.domain.Document;
import io.vigil.documents.domain.DocumentKind;
import io.vigil.documents.domain.NoticeChannel;
import io.vigil.documents.port.in.DisseminationDetails;
import io.vigil.documents.port.in.DocumentDetails;
import io.vigil.documents.port.in.DocumentReading;
import io.vigil.documents.port.in.DocumentsUseCases;
import io.vigil.documents.port.in.MissingAcknowledgements;
import io.vigil.documents.port.in.PublishDetails;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.risk.domain.MovementRule;
import io.vigil.risk.port.in.RestrictedAreaDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The documents use cases over in-memory adapters and the real people and risk contexts: the
 * library with classification, versions and reviews, the restricted-areas list generated on read,
 * dissemination through the outbox with acknowledgements, and the missing-acknowledgements report.
 */
class DocumentsUseCasesTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final DocumentsUseCases documents = vigil.documents();
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Actor associate = Actor.of("associate", OFFICE, Role.SECURITY_ASSOCIATE);
    private final PersonId ana = person("Ana", "Ruiz", "IFC", "ana@example.org");
    private final PersonId ben = person("Ben", "Okafor", "IFC", "ben@example.org");
    private final PersonId eva = person("Eva", "Lind", "UNDP", "eva@example.org");
    private final Actor anaActor = Actor.staff("ana", OFFICE, ana);
    private final Actor benActor = Actor.staff("ben", OFFICE, ben);

    private PersonId person(String given, String family, String unit, String mail) {
        return vigil.people().persons().register(officer, new PersonDetails(given, family,
                PersonCategory.NATIONAL_STAFF, unit, null, List.of(new ContactChannel(ChannelKind.EMAIL, mail, "work")),
                List.of(), null, null)).personId();
    }

    private Document sop(String title, DocumentAudience appliesTo) {
        return documents.documents().create(officer, new DocumentDetails(DocumentKind.SOP, title, "Security officer",
                Classification.OFFICE, LocalDate.parse("2026-09-01"), appliesTo));
    }

    private Document publish(Document d, String markdown) {
        return documents.documents().publish(officer, d.id(), d.version(), new PublishDetails("text/markdown",
                markdown.getBytes(StandardCharsets.UTF_8), "issued"));
    }

    private Dissemination send(Document d, DocumentAudience to) {
        return documents.dissemination().disseminate(officer, d.id(), new DisseminationDetails(to,
                Set.of(NoticeChannel.EMAIL)));
    }

    @Test
    void a_published_version_is_read_back_byte_for_byte_and_each_read_is_audited() {
        Document d = publish(sop("Earthquake", null), "# Earthquake\n\nDrop, cover, hold on.\n");
        DocumentReading read = documents.documents().read(anaActor, d.id());
        assertThat(new String(read.content(), StandardCharsets.UTF_8)).isEqualTo("# Earthquake\n\nDrop, cover, hold on.\n");
        assertThat(read.versionNumber()).isEqualTo(1);
        List<AuditEntry> reads = vigil.audit().find(officer, AuditQuery.office(OFFICE), new PageRequest(0, 50)).items()
                .stream().filter(e -> e.actor().equals("ana") && e.resourceType().equals("document")).toList();
        assertThat(reads).extracting(AuditEntry::resourceId).contains(d.id().toString());
    }

    @Test
    void a_second_version_becomes_current_and_the_first_stays_readable() {
        Document v1 = publish(sop("Movement", null), "first");
        Document v2 = publish(v1, "second");
        assertThat(v2.current().orElseThrow().number()).isEqualTo(2);
        assertThat(new String(documents.documents().read(officer, v2.id(), 1).content(), StandardCharsets.UTF_8))
                .isEqualTo("first");
        assertThat(new String(documents.documents().read(officer, v2.id()).content(), StandardCharsets.UTF_8))
                .isEqualTo("second");
    }

    @Test
    void content_of_another_type_is_refused_naming_the_type_and_nothing_is_stored() {
        Document d = sop("Visitor access", null);
        assertThatThrownBy(() -> documents.documents().publish(officer, d.id(), d.version(), new PublishDetails(
                "image/png", new byte[] {1, 2, 3}, null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> {
                            assertThat(v.field()).isEqualTo("contentType");
                            assertThat(v.message()).contains("image/png");
                        }));
        assertThatThrownBy(() -> documents.documents().publish(officer, d.id(), d.version(), new PublishDetails(
                "application/pdf", "not a pdf".getBytes(StandardCharsets.UTF_8), null)))
                .isInstanceOf(InvalidCommandException.class);
        assertThat(documents.documents().get(officer, d.id()).versions()).isEmpty();
    }

    @Test
    void a_stale_publish_is_refused_and_its_content_is_not_kept() {
        Document d = sop("Bomb threat", null);
        publish(d, "one");
        assertThatThrownBy(() -> publish(d, "two")).isInstanceOf(VersionConflictException.class);
        assertThat(documents.documents().get(officer, d.id()).versions()).hasSize(1);
    }

    @Test
    void a_restricted_document_is_read_by_the_officer_alone_and_the_denial_is_audited() {
        Document d = documents.documents().create(officer, new DocumentDetails(DocumentKind.CONTINGENCY,
                "Relocation plan", "Security officer", Classification.RESTRICTED, LocalDate.parse("2026-09-01"), null));
        assertThatThrownBy(() -> documents.documents().get(associate, d.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.documents().get(anaActor, d.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(documents.documents().list(anaActor, new PageRequest(0, 50)).items()).extracting(Document::id)
                .doesNotContain(d.id());
        assertThat(documents.documents().list(officer, new PageRequest(0, 50)).items()).extracting(Document::id)
                .contains(d.id());
        assertThat(vigil.audit().find(officer, AuditQuery.office(OFFICE), new PageRequest(0, 100)).items())
                .anyMatch(e -> e.actor().equals("associate") && !e.granted() && e.resourceId().equals(d.id().toString()));
    }

    @Test
    void overdue_reviews_show_up_once_their_date_has_passed() {
        Document d = sop("Movement", null);
        assertThat(documents.documents().overdueReviews(officer, clock.instant())).isEmpty();
        assertThat(documents.documents().overdueReviews(officer, Instant.parse("2026-09-02T00:00:00Z")))
                .extracting(Document::id).containsExactly(d.id());
    }

    @Test
    void the_restricted_areas_list_is_generated_from_the_areas_in_force_at_each_read() {
        Document list = documents.documents().create(officer, new DocumentDetails(DocumentKind.RESTRICTED_AREAS,
                "Restricted areas", "Security officer", Classification.OFFICE, LocalDate.parse("2026-09-01"), null));
        assertThat(text(documents.documents().read(anaActor, list.id()))).contains("No restricted");
        vigil.risk().areas().create(officer, new RestrictedAreaDetails("Tierra Caliente <b>", square(),
                Set.of(MovementRule.ESCORT_NEEDED), "cartel clashes", clock.instant().minusSeconds(60), null));
        String now = text(documents.documents().read(anaActor, list.id()));
        assertThat(now).contains("Tierra Caliente &lt;b&gt;").contains("escort needed").contains("cartel clashes");
        assertThatThrownBy(() -> documents.documents().publish(officer, list.id(), list.version(),
                new PublishDetails("text/plain", "stale".getBytes(StandardCharsets.UTF_8), null)))
                .isInstanceOf(InvalidCommandException.class);
    }

    @Test
    void disseminating_the_restricted_areas_list_stores_the_list_as_generated_then_and_later_changes_leave_it() {
        Document list = documents.documents().create(officer, new DocumentDetails(DocumentKind.RESTRICTED_AREAS,
                "Restricted areas", "Security officer", Classification.OFFICE, LocalDate.parse("2026-09-01"), null));
        vigil.risk().areas().create(officer, new RestrictedAreaDetails("Tierra Caliente", square(),
                Set.of(MovementRule.ESCORT_NEEDED), "cartel clashes", clock.instant().minusSeconds(60), null));
        Dissemination sent = send(list, DocumentAudience.unit("IFC"));
        assertThat(sent.documentVersion()).isEqualTo(1);
        assertThat(sent.recipients()).containsExactlyInAnyOrder(ana, ben);
        Document stored = documents.documents().get(officer, list.id());
        assertThat(stored.versions()).hasSize(1);
        assertThat(stored.current().orElseThrow().publishedBy()).isEqualTo("officer");
        clock.advance(java.time.Duration.ofHours(1));
        vigil.risk().areas().create(officer, new RestrictedAreaDetails("Sierra Norte", square(),
                Set.of(MovementRule.FORBIDDEN), "roadblocks", clock.instant().minusSeconds(60), null));
        String snapshot = text(documents.documents().read(anaActor, list.id(), 1));
        assertThat(snapshot).contains("Tierra Caliente").doesNotContain("Sierra Norte");
        assertThat(text(documents.documents().read(anaActor, list.id()))).contains("Tierra Caliente")
                .contains("Sierra Norte");
        documents.dissemination().acknowledge(anaActor, sent.id());
        Dissemination second = send(documents.documents().get(officer, list.id()), DocumentAudience.unit("IFC"));
        assertThat(second.documentVersion()).isEqualTo(2);
        assertThat(text(documents.documents().read(anaActor, list.id(), 2))).contains("Sierra Norte");
    }

    @Test
    void a_dissemination_queues_a_notice_per_recipient_and_tracks_acknowledgements() {
        Document d = publish(sop("Visitor access", DocumentAudience.unit("IFC")), "Sign every visitor in.");
        Dissemination sent = send(d, DocumentAudience.unit("IFC"));
        assertThat(sent.recipients()).containsExactlyInAnyOrder(ana, ben);
        assertThat(vigil.gateway().sent(OFFICE)).extracting(OutboundMessage::address)
                .containsExactlyInAnyOrder("ana@example.org", "ben@example.org");
        documents.dissemination().acknowledge(anaActor, sent.id());
        Dissemination again = documents.dissemination().acknowledge(anaActor, sent.id());
        assertThat(again.acknowledgements()).hasSize(1);
        assertThatThrownBy(() -> documents.dissemination().acknowledge(Actor.staff("eva", OFFICE, eva), sent.id()))
                .isInstanceOf(RefusedException.class);
        MissingAcknowledgements.Procedure p = procedure(d);
        assertThat(p.missing()).extracting(MissingAcknowledgements.Person::person).containsExactly(ben);
        assertThat(p.acknowledged()).extracting(MissingAcknowledgements.Person::person).containsExactly(ana);
    }

    @Test
    void a_new_version_needs_a_new_acknowledgement() {
        Document d = publish(sop("Earthquake", DocumentAudience.unit("IFC")), "v1");
        documents.dissemination().acknowledge(benActor, send(d, DocumentAudience.unit("IFC")).id());
        Document v2 = publish(documents.documents().get(officer, d.id()), "v2");
        assertThat(procedure(v2).missing()).extracting(MissingAcknowledgements.Person::person)
                .containsExactlyInAnyOrder(ana, ben);
    }

    @Test
    void staff_cannot_disseminate_nor_read_the_report() {
        Document d = publish(sop("Movement", DocumentAudience.everyone()), "v1");
        assertThatThrownBy(() -> documents.dissemination().disseminate(anaActor, d.id(), new DisseminationDetails(
                DocumentAudience.everyone(), Set.of(NoticeChannel.EMAIL)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.dissemination().missing(anaActor, clock.instant()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(vigil.gateway().sent(OFFICE)).isEmpty();
    }

    @Test
    void the_report_is_audited_naming_the_persons_it_lists() {
        Document d = publish(sop("Bomb threat", DocumentAudience.unit("IFC")), "v1");
        procedure(d);
        assertThat(vigil.audit().find(officer, AuditQuery.office(OFFICE), new PageRequest(0, 100)).items())
                .anySatisfy(e -> {
                    assertThat(e.resourceType()).isEqualTo("missing-acknowledgements");
                    assertThat(e.persons()).containsExactlyInAnyOrder(ana, ben);
                });
    }

    private MissingAcknowledgements.Procedure procedure(Document d) {
        return documents.dissemination().missing(officer, clock.instant()).procedures().stream()
                .filter(p -> p.document().equals(d.id())).findFirst().orElseThrow();
    }

    private static String text(DocumentReading r) {
        return new String(r.content(), StandardCharsets.UTF_8);
    }

    private static List<GeoPoint> square() {
        return GeoArea.rectangle(GeoPoint.of(18.0, -102.0), GeoPoint.of(19.0, -101.0)).vertices();
    }
}
