package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.awareness.domain.ArrivalBriefing;
import io.vigil.awareness.domain.BriefingKind;
import io.vigil.awareness.domain.Completion;
import io.vigil.awareness.domain.Course;
import io.vigil.awareness.domain.CourseStatus;
import io.vigil.awareness.domain.Requirement;
import io.vigil.awareness.domain.ValidityChange;
import io.vigil.awareness.port.in.AreaDetails;
import io.vigil.awareness.port.in.AwarenessPolicyDetails;
import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.awareness.port.in.BriefingDetails;
import io.vigil.awareness.port.in.CompletionDetails;
import io.vigil.awareness.port.in.ComplianceReport;
import io.vigil.awareness.port.in.CourseDetails;
import io.vigil.awareness.port.in.ValidityDetails;
import io.vigil.documents.domain.Classification;
import io.vigil.documents.domain.Dissemination;
import io.vigil.documents.domain.Document;
import io.vigil.documents.domain.DocumentAudience;
import io.vigil.documents.domain.DocumentKind;
import io.vigil.documents.domain.NoticeChannel;
import io.vigil.documents.port.in.DisseminationDetails;
import io.vigil.documents.port.in.DocumentDetails;
import io.vigil.documents.port.in.PublishDetails;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.PresenceDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The awareness use cases over in-memory adapters and the real people context: validity
 * corrections that expire nobody, the compliance report by unit and category with designated
 * areas through the locator, on-arrival briefings from stays, and need-to-know with its audit.
 */
class AwarenessUseCasesTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final List<GeoPoint> GUERRERO = GeoArea.rectangle(GeoPoint.of(16.6, -100.1),
            GeoPoint.of(17.7, -99.6)).vertices();

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final AwarenessUseCases awareness = vigil.awareness();
    private final PeopleUseCases people = vigil.people();
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Actor associate = Actor.of("associate", OFFICE, Role.SECURITY_ASSOCIATE);
    private final PersonId ana = person("Ana", "Ruiz", PersonCategory.NATIONAL_STAFF, "UNICEF", null);
    private final PersonId ben = person("Ben", "Okafor", PersonCategory.INTERNATIONAL_STAFF, "UNDP", null);
    private final PersonId kid = person("Sofía", "Okafor", PersonCategory.DEPENDENT, "UNDP", ben);
    private final PersonId mgr = person("Marta", "Díaz", PersonCategory.INTERNATIONAL_STAFF, "UNICEF", null);
    private final Actor manager = new Actor("marta", OFFICE, Set.of(Role.MANAGER), Optional.of(mgr), Set.of());

    private PersonId person(String given, String family, PersonCategory category, String unit, PersonId sponsor) {
        return people.persons().register(officer, new PersonDetails(given, family, category, unit, sponsor, List.of(),
                List.of(), null, null)).personId();
    }

    private Instant now() {
        return clock.instant();
    }

    private Course bsafe() {
        return awareness.courses().create(officer, new CourseDetails("BSAFE", "BSAFE", Requirement.ALL, null,
                List.of()));
    }

    private Course ssafe() {
        return awareness.courses().create(officer, new CourseDetails("SSAFE", "Safe and Secure Approaches in Field"
                + " Environments", Requirement.DESIGNATED_AREAS, 36, List.of(new AreaDetails("Guerrero", GUERRERO))));
    }

    private Completion complete(PersonId who, Course course, String at) {
        return awareness.completions().create(associate, new CompletionDetails(who, course.id(), Instant.parse(at),
                "CERT-1"));
    }

    @Test
    void a_corrected_validity_expires_nobody_it_is_recorded_and_applies_to_later_completions() {
        Course ssafe = ssafe();
        Completion anas = complete(ana, ssafe, "2024-01-10T00:00:00Z");
        assertThat(anas.validUntil()).contains(Instant.parse("2027-01-10T00:00:00Z"));
        Course corrected = awareness.courses().changeValidity(officer, ssafe.id(), ssafe.version(),
                new ValidityDetails(12, "UNDSS shortened SSAFE to a year"));
        assertThat(corrected.history()).containsExactly(new ValidityChange(Optional.of(36), Optional.of(12), now(),
                "officer", "UNDSS shortened SSAFE to a year", 1));
        CourseStatus still = awareness.records().record(officer, ana, now()).courses().get(0).status();
        assertThat(still.state()).isEqualTo(CourseStatus.State.VALID);
        assertThat(still.validUntil()).contains(Instant.parse("2027-01-10T00:00:00Z"));
        assertThat(complete(ben, corrected, "2026-02-01T00:00:00Z").validUntil())
                .contains(Instant.parse("2027-02-01T00:00:00Z"));
        assertThat(awareness.completions().get(officer, anas.id()).validUntil()).isEqualTo(anas.validUntil());
    }

    @Test
    void a_replacement_that_changes_the_validity_is_refused_and_leaves_the_course_as_it_was() {
        Course ssafe = ssafe();
        CourseDetails shorter = new CourseDetails("SSAFE", "SSAFE (2026)", Requirement.DESIGNATED_AREAS, 24,
                List.of(new AreaDetails("Guerrero", GUERRERO)));
        assertThatThrownBy(() -> awareness.courses().update(officer, ssafe.id(), ssafe.version(), shorter))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.reasons().get(0))
                        .contains("validity change"));
        assertThat(awareness.courses().get(officer, ssafe.id())).isEqualTo(ssafe);
        assertThatThrownBy(() -> awareness.courses().create(officer, new CourseDetails("ssafe", "Again",
                Requirement.ALL, null, List.of()))).isInstanceOf(RefusedException.class);
    }

    @Test
    void the_catalogue_holds_at_most_a_hundred_courses() {
        for (int i = 0; i < 100; i++) {
            awareness.courses().create(officer, new CourseDetails("C" + i, "Course " + i, Requirement.OPTIONAL, null,
                    List.of()));
        }
        assertThatThrownBy(() -> awareness.courses().create(officer, new CourseDetails("C100", "One more",
                Requirement.OPTIONAL, null, List.of()))).isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.reasons()).containsExactly("the office's catalogue already holds 100 courses"));
        assertThat(awareness.courses().list(officer, PageRequest.first(500)).total()).isEqualTo(100);
        assertThatThrownBy(() -> awareness.courses().create(manager, new CourseDetails("C100", "One more",
                Requirement.OPTIONAL, null, List.of()))).as("refused for access first")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_course_with_completions_is_not_removed() {
        Course bsafe = bsafe();
        complete(ana, bsafe, "2025-01-10T00:00:00Z");
        assertThatThrownBy(() -> awareness.courses().remove(officer, bsafe.id(), bsafe.version()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.reasons().get(0))
                        .contains("1 recorded completions"));
        assertThat(awareness.courses().list(officer, PageRequest.first(10)).items()).containsExactly(bsafe);
    }

    @Test
    void a_completion_names_a_person_and_a_course_of_the_office_and_no_future_date() {
        Course bsafe = bsafe();
        assertThatThrownBy(() -> awareness.completions().create(associate, new CompletionDetails(PersonId.random(),
                bsafe.id(), now(), null))).isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("person"));
        assertThatThrownBy(() -> awareness.completions().create(associate, new CompletionDetails(ana,
                io.vigil.awareness.domain.CourseId.random(), now(), null)))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("course"));
        assertThatThrownBy(() -> awareness.completions().create(associate, new CompletionDetails(ana, bsafe.id(),
                now().plusSeconds(60), null))).isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("completedAt"));
        assertThat(awareness.completions().list(officer, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void the_report_lists_who_misses_or_is_losing_each_required_course_by_unit_and_category() {
        Course bsafe = bsafe();
        Course ssafe = ssafe();
        complete(ana, bsafe, "2020-05-01T00:00:00Z");
        complete(ben, ssafe, "2023-03-15T00:00:00Z");
        people.residences().create(officer, new ResidenceDetails(ben, List.of(), new Address("Av. Costera 1", null,
                "Acapulco", "Mexico"), GeoPoint.of(16.86, -99.88), null, Instant.parse("2025-01-01T00:00:00Z"),
                null));
        people.residences().create(officer, new ResidenceDetails(ana, List.of(), new Address("Reforma 1", null,
                "Mexico City", "Mexico"), GeoPoint.of(19.43, -99.13), null, Instant.parse("2025-01-01T00:00:00Z"),
                null));

        ComplianceReport report = awareness.records().compliance(officer, now());

        assertThat(report.located()).isTrue();
        ComplianceReport.CourseCompliance forAll = report.courses().get(0);
        assertThat(forAll.code()).isEqualTo("BSAFE");
        assertThat(forAll.required()).as("everyone but the dependent").isEqualTo(3);
        assertThat(forAll.gaps()).extracting(ComplianceReport.Gap::name).containsExactly("Ben Okafor", "Marta Díaz");
        assertThat(forAll.groups()).containsExactly(
                new ComplianceReport.GroupCount("UNDP", "INTERNATIONAL_STAFF", 1, 1, 0, 0),
                new ComplianceReport.GroupCount("UNICEF", "INTERNATIONAL_STAFF", 1, 1, 0, 0),
                new ComplianceReport.GroupCount("UNICEF", "NATIONAL_STAFF", 1, 0, 0, 0));
        ComplianceReport.CourseCompliance inAreas = report.courses().get(1);
        assertThat(inAreas.required()).as("only Ben lives in Guerrero").isEqualTo(1);
        ComplianceReport.Gap bens = inAreas.gaps().get(0);
        assertThat(bens.person()).isEqualTo(ben);
        assertThat(bens.areas()).containsExactly("Guerrero");
        assertThat(bens.status().state()).isEqualTo(CourseStatus.State.EXPIRING);
        assertThat(bens.status().warningDays()).contains(30);
        assertThat(report.courses().stream().flatMap(c -> c.gaps().stream()).map(ComplianceReport.Gap::person))
                .doesNotContain(kid);
        AuditEntry audited = lastEntry("training-compliance");
        assertThat(audited.persons()).containsExactlyInAnyOrder(ben, mgr);
        assertThat(audited.action()).isEqualTo(AuditAction.LIST);
    }

    @Test
    void the_warnings_are_the_offices_own() {
        Course ssafe = ssafe();
        complete(ben, ssafe, "2023-03-15T00:00:00Z");
        var policy = awareness.policy().set(officer, 0, new AwarenessPolicyDetails(List.of(10, 20), 5));
        assertThat(policy.warningDays()).containsExactly(20, 10);
        CourseStatus s = awareness.records().record(officer, ben, now()).courses().get(0).status();
        assertThat(s.state()).as("14 days left, warned at 20").isEqualTo(CourseStatus.State.EXPIRING);
        assertThat(s.warningDays()).contains(20);
        assertThatThrownBy(() -> awareness.policy().set(officer, 0, new AwarenessPolicyDetails(List.of(10), 5)))
                .isInstanceOf(io.vigil.kernel.store.VersionConflictException.class);
        assertThatThrownBy(() -> awareness.policy().set(officer, 1, new AwarenessPolicyDetails(List.of(10, 10), 5)))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("warningDays"));
        assertThat(awareness.policy().get(manager).warningDays()).containsExactly(20, 10);
    }

    @Test
    void an_arrival_without_an_on_arrival_briefing_is_due_then_overdue_and_a_briefing_closes_it() {
        people.presences().create(officer, new PresenceDetails(ben, now().minus(Duration.ofDays(10)), null));
        people.presences().create(officer, new PresenceDetails(ana, now().minus(Duration.ofDays(2)), null));
        List<ArrivalBriefing> open = awareness.records().arrivalBriefings(officer, now());
        assertThat(open).extracting(ArrivalBriefing::person).containsExactly(ben, ana);
        assertThat(open.get(0).overdue()).isTrue();
        assertThat(open.get(1).overdue()).isFalse();
        awareness.briefings().create(associate, new BriefingDetails(BriefingKind.ON_ARRIVAL, now().minusSeconds(3600),
                "Mexico City office", "Security associate", List.of("earthquakes", "crime"), List.of(ben)));
        clock.advance(Duration.ofSeconds(1));
        assertThat(awareness.records().arrivalBriefings(officer, now())).extracting(ArrivalBriefing::person)
                .containsExactly(ana);
        assertThat(lastEntry("arrival-briefings").persons()).containsExactly(ana);
    }

    @Test
    void a_briefings_attendees_are_persons_of_the_office_each_stranger_named() {
        assertThatThrownBy(() -> awareness.briefings().create(associate, new BriefingDetails(BriefingKind.ADVANCE,
                now(), "Office", "Associate", List.of(), List.of(ana, PersonId.random(), PersonId.random()))))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("attendees[1]", "attendees[2]"));
        assertThat(awareness.briefings().list(officer, PageRequest.first(5)).total()).isZero();
    }

    @Test
    void a_training_record_is_read_by_the_person_security_staff_and_the_manager_of_their_unit_only() {
        Course bsafe = bsafe();
        complete(ana, bsafe, "2025-01-10T00:00:00Z");
        Actor anaHerself = Actor.staff("ana", OFFICE, ana);
        assertThat(awareness.records().record(anaHerself, ana, now()).completions()).hasSize(1);
        assertThatThrownBy(() -> awareness.records().record(anaHerself, ben, now()))
                .isInstanceOf(AccessDeniedException.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(awareness.records().record(manager, ana, now()).courses().get(0).status().state())
                .isEqualTo(CourseStatus.State.VALID);
        assertThat(lastEntry("training-record").basis()).isEqualTo("manager of unit UNICEF of office MX-MEX");
        assertThat(lastEntry("training-record").persons()).containsExactly(ana);
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> awareness.records().record(manager, ben, now()))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.getMessage())
                        .contains("unit UNDP"));
        AuditEntry denied = lastEntry("training-record");
        assertThat(denied.granted()).isFalse();
        assertThat(denied.persons()).containsExactly(ben);
        assertThatThrownBy(() -> awareness.completions().get(manager, awareness.completions()
                .list(officer, PageRequest.first(1)).items().get(0).id())).isInstanceOf(AccessDeniedException.class);
        Actor noUnit = Actor.of("manager", OFFICE, Role.MANAGER);
        assertThatThrownBy(() -> awareness.records().record(noUnit, ana, now()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_report_counts_by_unit_and_category_who_has_not_acknowledged_a_procedure_that_applies_to_them() {
        Document created = vigil.documents().documents().create(officer, new DocumentDetails(DocumentKind.SOP,
                "Earthquake", "Security officer", Classification.OFFICE, LocalDate.parse("2026-09-01"),
                DocumentAudience.category("INTERNATIONAL_STAFF")));
        Document sop = vigil.documents().documents().publish(officer, created.id(), created.version(), new PublishDetails(
                "text/markdown", "Drop, cover, hold on.".getBytes(StandardCharsets.UTF_8), "issued"));
        Dissemination sent = vigil.documents().dissemination().disseminate(officer, sop.id(),
                new DisseminationDetails(DocumentAudience.category("INTERNATIONAL_STAFF"), Set.of(NoticeChannel.EMAIL)));
        vigil.documents().dissemination().acknowledge(Actor.staff("ben", OFFICE, ben), sent.id());

        ComplianceReport report = awareness.records().compliance(officer, now());

        assertThat(report.acknowledgementsShown()).isTrue();
        assertThat(report.procedures()).singleElement().satisfies(p -> {
            assertThat(p.document()).isEqualTo(sop.id().toString());
            assertThat(p.title()).isEqualTo("Earthquake");
            assertThat(p.version()).isEqualTo(1);
            assertThat(p.appliesTo()).as("Ben and Marta, not Ana (national staff)").isEqualTo(2);
            assertThat(p.missing()).as("Marta has not acknowledged").isEqualTo(1);
            assertThat(p.groups()).containsExactly(
                    new ComplianceReport.ProcedureCount("UNDP", "INTERNATIONAL_STAFF", 1, 0),
                    new ComplianceReport.ProcedureCount("UNICEF", "INTERNATIONAL_STAFF", 1, 1));
        });
        vigil.documents().dissemination().acknowledge(Actor.staff("marta", OFFICE, mgr), sent.id());
        assertThat(awareness.records().compliance(officer, now()).procedures().get(0).missing()).isZero();
    }

    @Test
    void a_manager_who_may_not_read_acknowledgements_gets_the_report_without_procedures() {
        Document sop = vigil.documents().documents().create(officer, new DocumentDetails(DocumentKind.SOP,
                "Earthquake", "Security officer", Classification.OFFICE, LocalDate.parse("2026-09-01"),
                DocumentAudience.everyone()));
        vigil.documents().documents().publish(officer, sop.id(), sop.version(), new PublishDetails(
                "text/markdown", "Drop, cover, hold on.".getBytes(StandardCharsets.UTF_8), "issued"));
        assertThat(awareness.records().compliance(officer, now()).procedures()).hasSize(1);
        ComplianceReport mine = awareness.records().compliance(manager, now());
        assertThat(mine.acknowledgementsShown()).isFalse();
        assertThat(mine.procedures()).isEmpty();
    }

    @Test
    void a_managers_report_is_their_units_without_locations() {
        Course bsafe = bsafe();
        ssafe();
        complete(ana, bsafe, "2025-01-10T00:00:00Z");
        ComplianceReport mine = awareness.records().compliance(manager, now());
        assertThat(mine.unit()).contains("UNICEF");
        assertThat(mine.located()).isFalse();
        assertThat(mine.courses().get(0).gaps()).extracting(ComplianceReport.Gap::person).containsExactly(mgr);
        assertThat(mine.courses().get(1).required()).isZero();
        assertThatThrownBy(() -> awareness.records().compliance(Actor.staff("ana", OFFICE, ana), now()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> awareness.records().arrivalBriefings(manager, now()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_catalogue_is_open_to_every_member_and_written_by_security_staff() {
        Course bsafe = bsafe();
        assertThat(awareness.courses().get(Actor.staff("ana", OFFICE, ana), bsafe.id())).isEqualTo(bsafe);
        assertThatThrownBy(() -> awareness.courses().create(manager, new CourseDetails("FA", "First aid",
                Requirement.OPTIONAL, 24, List.of()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> awareness.courses().get(Actor.of("gt", OfficeId.of("GT-GUA"),
                Role.SECURITY_OFFICER), bsafe.id())).isInstanceOf(AccessDeniedException.class);
    }

    private AuditEntry lastEntry(String type) {
        return vigil.auditLog().find(AuditQuery.office(OFFICE), PageRequest.first(500)).items().stream()
                .filter(e -> e.resourceType().equals(type)).findFirst().orElseThrow();
    }
}
