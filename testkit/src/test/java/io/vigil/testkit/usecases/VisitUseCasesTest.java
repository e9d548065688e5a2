package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.Readiness;
import io.vigil.movement.domain.SupportProvider;
import io.vigil.movement.domain.SupportStatus;
import io.vigil.movement.domain.Visit;
import io.vigil.movement.domain.VisitKind;
import io.vigil.movement.port.in.MemberClearancesDetails;
import io.vigil.movement.port.in.MovementDetails;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.movement.port.in.PlanApprovalDetails;
import io.vigil.movement.port.in.ProgrammeItemDetails;
import io.vigil.movement.port.in.SiteAssessmentDetails;
import io.vigil.movement.port.in.SupportAnswerDetails;
import io.vigil.movement.port.in.SupportRequestDetails;
import io.vigil.movement.port.in.VehicleDetails;
import io.vigil.movement.port.in.VisitDetails;
import io.vigil.movement.port.in.VisitSummary;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.risk.domain.MovementRule;
import io.vigil.risk.domain.VenueKind;
import io.vigil.risk.port.in.RestrictedAreaDetails;
import io.vigil.risk.port.in.VenueDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import io.vigil.travel.domain.ClearanceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Visits and the area rules of movement plans over in-memory adapters with the real people, risk and
 * travel contexts: readiness from the venues' assessments and the members' clearances, the support
 * requests, need-to-know with its audit, and plans refused or held for approval by restricted areas.
 */
class VisitUseCasesTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    // Mexico City keeps UTC-6 all year: the visit runs from 10 March 00:00 to 13 March 00:00 local time
    private static final Instant STARTS = Instant.parse("2026-03-10T06:00:00Z");
    private static final Instant ENDS = Instant.parse("2026-03-13T06:00:00Z");

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final MovementUseCases movement = vigil.movement();
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Actor associate = Actor.of("associate", OFFICE, Role.SECURITY_ASSOCIATE);
    private final Actor manager = Actor.of("manager", OFFICE, Role.MANAGER);
    private PersonId ana;
    private PersonId ben;
    private UUID ministry;
    private UUID hotel;

    private PersonId person(String given) {
        return vigil.people().persons().register(officer, new PersonDetails(given, "Ruiz",
                PersonCategory.NATIONAL_STAFF, "UNDP", null, List.of(), List.of(), null, null)).personId();
    }

    private UUID venue(String name, GeoPoint at, Instant validUntil) {
        return vigil.risk().venues().create(officer, new VenueDetails(name, VenueKind.EVENT_SITE, "Mexico City", at, 4,
                List.of("guarded entrance"), true, Instant.parse("2026-01-05T12:00:00Z"), validUntil)).id().value();
    }

    @BeforeEach
    void office() {
        ana = person("Ana");
        ben = person("Ben");
        ministry = venue("Secretaría de Relaciones Exteriores", GeoPoint.of(19.4356, -99.1445),
                Instant.parse("2026-12-31T00:00:00Z"));
        // lapses at 17:00 local time on 10 March, before the round table of 11 March
        hotel = venue("Hotel in Polanco", GeoPoint.of(19.4320, -99.1940), Instant.parse("2026-03-10T23:00:00Z"));
    }

    private VisitDetails details(String title, List<PersonId> members) {
        return new VisitDetails(title, VisitKind.SENIOR_OFFICIAL_VISIT, "Executive Director", members, STARTS, ENDS,
                List.of(new ProgrammeItemDetails("Meeting with the Minister", "Avenida Juárez 20", ministry,
                                Instant.parse("2026-03-10T16:00:00Z"), Instant.parse("2026-03-10T18:00:00Z")),
                        new ProgrammeItemDetails("Donor round table", "Campos Elíseos", hotel,
                                Instant.parse("2026-03-11T15:00:00Z"), Instant.parse("2026-03-11T19:00:00Z"))),
                List.of());
    }

    @Test
    void readiness_names_every_blocker_until_each_is_dealt_with() {
        Visit v = movement.visits().create(associate, details("Visit of the Executive Director", List.of(ana, ben)));
        assertThat(movement.visits().readiness(officer, v.id()).blockers()).containsExactly(
                new Readiness.Blocker(Readiness.Kind.VENUE, "the assessment of venue 'Hotel in Polanco' lapses on"
                        + " 2026-03-10, before 'Donor round table' on 2026-03-11"),
                new Readiness.Blocker(Readiness.Kind.ADVANCE_ASSESSMENT, "no advance site assessment"),
                new Readiness.Blocker(Readiness.Kind.CLEARANCE, "no clearance request was created for member " + ana),
                new Readiness.Blocker(Readiness.Kind.CLEARANCE, "no clearance request was created for member " + ben));

        v = movement.visits().assessSite(associate, v.id(), v.version(), new SiteAssessmentDetails(
                new SiteAssessmentDetails.RouteDetails("Reforma", 20), new SiteAssessmentDetails.RouteDetails("Eje", 35),
                new SiteAssessmentDetails.EmergencyServiceDetails("Hospital Ángeles", "+52 55 5265 1800", 15),
                new SiteAssessmentDetails.EmergencyServiceDetails("SSC", "911", 8), "Briefing room", " "));
        assertThat(v.advance().orElseThrow().missing()).containsExactly("the assembly point");
        v = movement.visits().requestSupport(associate, v.id(), v.version(), new SupportRequestDetails(
                SupportProvider.HOST_GOVERNMENT, "Motorcade escort", null));
        UUID escort = v.support().get(0).id();
        assertThat(v.support().get(0).requestedAt()).isEqualTo(clock.instant());
        v = movement.visits().requestClearances(associate, v.id(), v.version(), new MemberClearancesDetails("PC3"));
        assertThat(v.clearances()).extracting(c -> c.member()).containsExactly(ana, ben);
        var submitted = vigil.travel().clearances().get(officer, ClearanceId.of(v.clearances().get(0).clearanceId()));
        assertThat(submitted.trip().travellers()).containsExactly(ana);
        assertThat(submitted.trip().legs()).hasSize(1);

        Readiness r = movement.visits().readiness(officer, v.id());
        assertThat(r.blockers()).extracting(Readiness.Blocker::kind).containsExactly(Readiness.Kind.VENUE,
                Readiness.Kind.ADVANCE_ASSESSMENT, Readiness.Kind.SUPPORT);
        assertThat(r.notes()).containsExactly("the request to the host government for 'Motorcade escort' was made on"
                + " 2026-03-01, fewer than 14 days before the visit starts on 2026-03-10: late");

        Visit answered = movement.visits().answerSupport(associate, v.id(), escort, v.version(),
                new SupportAnswerDetails(SupportStatus.CONFIRMED, null));
        assertThat(answered.support().get(0).status()).isEqualTo(SupportStatus.CONFIRMED);
        assertThatThrownBy(() -> movement.visits().answerSupport(associate, answered.id(), escort, answered.version(),
                new SupportAnswerDetails(SupportStatus.DECLINED, null))).isInstanceOf(RefusedException.class);
        Visit again = movement.visits().requestClearances(associate, v.id(), answered.version(),
                new MemberClearancesDetails("PC3"));
        assertThat(again.clearances()).as("no second request per member").isEqualTo(answered.clearances());
    }

    @Test
    void bad_input_names_every_field_and_leaves_the_visit_as_it_was() {
        assertThatThrownBy(() -> movement.visits().create(associate, new VisitDetails(" ", null, null, List.of(),
                STARTS, ENDS, null, null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).contains("title", "kind", "members"));
        Visit v = movement.visits().create(associate, details("Visit", List.of(ana)));
        assertThatThrownBy(() -> movement.visits().answerSupport(associate, v.id(), UUID.randomUUID(), v.version(),
                new SupportAnswerDetails(SupportStatus.REQUESTED, null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("status"));
        assertThatThrownBy(() -> movement.visits().requestSupport(associate, v.id(), v.version(),
                new SupportRequestDetails(SupportProvider.PRIVATE_SECURITY, "Guards", clock.instant().plusSeconds(60))))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("requestedAt"));
        assertThatThrownBy(() -> movement.visits().requestClearances(associate, v.id(), v.version(),
                new MemberClearancesDetails("PC9")))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("criticality"));
        assertThat(movement.visits().get(officer, v.id())).isEqualTo(v);
    }

    @Test
    void a_visit_is_need_to_know_and_managers_see_summaries_only() {
        Visit v = movement.visits().create(associate, details("Visit of the Executive Director", List.of(ana)));
        Actor anaHerself = Actor.staff("ana", OFFICE, ana);
        Actor benHimself = Actor.staff("ben", OFFICE, ben);
        assertThat(movement.visits().get(anaHerself, v.id()).members()).containsExactly(ana);
        assertThat(movement.visits().readiness(anaHerself, v.id()).ready()).isFalse();
        assertThatThrownBy(() -> movement.visits().get(benHimself, v.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> movement.visits().get(manager, v.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> movement.visits().readiness(manager, v.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> movement.visits().update(anaHerself, v.id(), v.version(), details("Mine", List.of(ana))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> movement.visits().summaries(anaHerself, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        VisitSummary summary = movement.visits().summaries(manager, PageRequest.first(10)).items().get(0);
        assertThat(summary.members()).isEqualTo(1);
        assertThat(summary.ready()).isFalse();
        assertThat(summary.blockers()).containsEntry(Readiness.Kind.VENUE, 1)
                .containsEntry(Readiness.Kind.ADVANCE_ASSESSMENT, 1).containsEntry(Readiness.Kind.SUPPORT, 0)
                .containsEntry(Readiness.Kind.CLEARANCE, 1);
        List<AuditEntry> entries = vigil.auditLog().find(AuditQuery.office(OFFICE), PageRequest.first(500)).items()
                .stream().filter(e -> e.resourceType().equals("visit")).toList();
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("ana");
            assertThat(e.granted()).isTrue();
            assertThat(e.persons()).containsExactly(ana);
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("manager");
            assertThat(e.granted()).isFalse();
            assertThat(e.persons()).containsExactly(ana);
        });
    }

    @Test
    void a_plan_through_a_forbidden_area_is_refused_and_one_needing_clearance_awaits_the_officers_approval() {
        var lead = movement.vehicles().create(associate, new VehicleDetails("MX-1", "Land Cruiser", true,
                LocalDate.parse("2027-01-01"), LocalDate.parse("2026-12-01"), List.of())).id();
        List<GeoPoint> box = List.of(GeoPoint.of(19.30, -99.45), GeoPoint.of(19.30, -99.35), GeoPoint.of(19.42, -99.35),
                GeoPoint.of(19.42, -99.45));
        var area = vigil.risk().areas().create(officer, new RestrictedAreaDetails("La Marquesa", box,
                Set.of(MovementRule.FORBIDDEN), "armed robbery", Instant.parse("2026-01-01T00:00:00Z"), null));
        // 10:00 to 14:00 local time on 2 March, from Mexico City to Toluca through the box
        MovementDetails plan = new MovementDetails("Convoy to Toluca", List.of(GeoPoint.of(19.43, -99.13),
                GeoPoint.of(19.29, -99.65)), List.of(lead), List.of(), null, null,
                Instant.parse("2026-03-02T16:00:00Z"), Instant.parse("2026-03-02T20:00:00Z"), List.of(ana), 30, 10);
        assertThatThrownBy(() -> movement.movements().create(associate, plan))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.reasons()).containsExactly(
                        "the route passes through 'La Marquesa' (armed robbery), where movement is forbidden"));
        assertThat(movement.movements().list(officer, PageRequest.first(10)).total()).isZero();

        vigil.risk().areas().update(officer, area.id(), area.version(), new RestrictedAreaDetails("La Marquesa", box,
                Set.of(MovementRule.CLEARANCE_NEEDED), "armed robbery", Instant.parse("2026-01-01T00:00:00Z"), null));
        Movement m = movement.movements().create(associate, plan);
        assertThat(m.awaitingApproval()).isTrue();
        assertThatThrownBy(() -> movement.movements().approve(associate, m.id(), m.version(),
                new PlanApprovalDetails("escort arranged"))).isInstanceOf(AccessDeniedException.class);
        Movement approved = movement.movements().approve(officer, m.id(), m.version(),
                new PlanApprovalDetails("police escort arranged with the state police"));
        assertThat(approved.awaitingApproval()).isFalse();
        assertThat(approved.approval().orElseThrow().by()).isEqualTo("officer");
        Movement changed = movement.movements().update(associate, m.id(), approved.version(), plan);
        assertThat(changed.awaitingApproval()).as("a change needs approving again").isTrue();
    }
}
