package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.in.ShiftDetails;
import io.vigil.awareness.domain.Course;
import io.vigil.awareness.domain.Requirement;
import io.vigil.awareness.port.in.CompletionDetails;
import io.vigil.awareness.port.in.CourseDetails;
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
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.OfficeDetails;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.risk.domain.Impact;
import io.vigil.risk.domain.Likelihood;
import io.vigil.risk.domain.MovementRule;
import io.vigil.risk.domain.ProgrammeCriticality;
import io.vigil.risk.domain.Risk;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.domain.ThreatCategory;
import io.vigil.risk.domain.Treatment;
import io.vigil.risk.port.in.AssessmentDetails;
import io.vigil.risk.port.in.RestrictedAreaDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import io.vigil.travel.domain.ApprovalLevel;
import io.vigil.travel.domain.CheckKind;
import io.vigil.travel.domain.CheckOutcome;
import io.vigil.travel.domain.Clearance;
import io.vigil.travel.domain.ClearanceStatus;
import io.vigil.travel.domain.Criticality;
import io.vigil.travel.domain.ManualDecision;
import io.vigil.travel.domain.TransportMode;
import io.vigil.travel.domain.Verdict;
import io.vigil.travel.port.in.AirOperatorDetails;
import io.vigil.travel.port.in.ClearanceDetails;
import io.vigil.travel.port.in.DecisionDetails;
import io.vigil.travel.port.in.FairnessReport;
import io.vigil.travel.port.in.LegDetails;
import io.vigil.travel.port.in.TripPlaceDetails;
import io.vigil.travel.port.in.TravelUseCases;
import io.vigil.travel.port.in.WaiverDetails;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The travel use cases over in-memory adapters with the real risk, awareness and alerting contexts. */
class TravelUseCasesTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final List<GeoPoint> GUERRERO = GeoArea.rectangle(GeoPoint.of(16.3, -101.0),
            GeoPoint.of(18.5, -98.0)).vertices();
    private static final List<GeoPoint> TIERRA_CALIENTE = GeoArea.rectangle(GeoPoint.of(18.0, -101.0),
            GeoPoint.of(18.5, -100.3)).vertices();
    private static final TripPlaceDetails MEX = new TripPlaceDetails("Mexico City", GeoPoint.of(19.4326, -99.1332));
    private static final TripPlaceDetails ACAPULCO = new TripPlaceDetails("Acapulco", GeoPoint.of(16.8531, -99.8237));
    private static final TripPlaceDetails ALTAMIRANO = new TripPlaceDetails("Ciudad Altamirano", GeoPoint.of(18.3570, -100.6650));

    private final MutableClock clock = MutableClock.at("2026-03-01T15:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final TravelUseCases travel = vigil.travel();
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Actor associate = Actor.of("associate", OFFICE, Role.SECURITY_ASSOCIATE);
    private final Actor manager = Actor.of("manager", OFFICE, Role.MANAGER);
    private final PersonId ana = person("Ana", "Ruiz", "UNICEF");
    private final PersonId ben = person("Ben", "Okafor", "UNDP");
    private final Actor anaActor = Actor.staff("ana", OFFICE, ana);
    private final Actor benActor = Actor.staff("ben", OFFICE, ben);
    private final Course bsafe = vigil.awareness().courses().create(officer, new CourseDetails("BSAFE", "BSAFE",
            Requirement.ALL, null, List.of()));

    private PersonId person(String given, String family, String unit) {
        return vigil.people().persons().register(officer, new PersonDetails(given, family,
                PersonCategory.NATIONAL_STAFF, unit, null, List.of(new ContactChannel(ChannelKind.EMAIL,
                        given.toLowerCase() + "@example.org", "work")), List.of(), null, null)).personId();
    }

    private void bsafe(PersonId who) {
        vigil.awareness().completions().create(associate, new CompletionDetails(who, bsafe.id(),
                Instant.parse("2025-06-01T00:00:00Z"), "CERT"));
    }

    private SecurityAssessment approvedAssessment(Likelihood likelihood, Impact impact) {
        SecurityAssessment draft = vigil.risk().assessments().create(associate, new AssessmentDetails("SRA Guerrero",
                GUERRERO, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"), null,
                List.of(new Risk(ThreatCategory.CRIME, "Road robbery", likelihood, impact, Treatment.ACCEPT, List.of(),
                        likelihood, impact)), ProgrammeCriticality.PC2, null, Instant.parse("2026-07-01T00:00:00Z")));
        SecurityAssessment submitted = vigil.risk().assessments().submit(associate, draft.id(), draft.version());
        return vigil.risk().assessments().approve(officer, submitted.id(), submitted.version());
    }

    private void aeromexico(boolean barred) {
        travel.operators().create(associate, new AirOperatorDetails("AMX", "Aeroméxico", barred,
                barred ? "failed the audit" : "assessed", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2027-01-01T00:00:00Z")));
    }

    private ClearanceDetails flight(List<PersonId> who, Criticality pc, int daysAhead) {
        Instant dep = clock.instant().plus(Duration.ofDays(daysAhead));
        return new ClearanceDetails(who, "Nutrition survey", pc, List.of(new LegDetails(TransportMode.AIR, MEX,
                ACAPULCO, dep, dep.plus(Duration.ofHours(1)), "AMX", "AM 1201", null)), List.of(), null);
    }

    @Test
    void a_trip_with_every_input_in_order_is_approved_at_once_and_its_traveller_reads_it() {
        bsafe(ana);
        approvedAssessment(Likelihood.UNLIKELY, Impact.MINOR);
        aeromexico(false);
        Clearance c = travel.clearances().submit(anaActor, flight(List.of(ana), Criticality.PC3, 20));
        assertThat(c.status()).isEqualTo(ClearanceStatus.AUTO_APPROVED);
        assertThat(c.latest().checks()).extracting(k -> k.kind()).containsExactly(CheckKind.values());
        assertThat(travel.clearances().get(anaActor, c.id())).isEqualTo(c);
        assertThatThrownBy(() -> travel.clearances().get(benActor, c.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(travel.clearances().list(benActor, PageRequest.first(10)).items()).isEmpty();
        assertThatThrownBy(() -> travel.clearances().list(manager, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(travel.clearances().counts(manager, clock.instant().minusSeconds(60), clock.instant().plusSeconds(60))
                .byStatus()).containsEntry(ClearanceStatus.AUTO_APPROVED, 1);
        List<AuditEntry> reads = vigil.audit().find(officer, new AuditQuery(OFFICE, Optional.of("ana"),
                Optional.empty()), PageRequest.first(100)).items().stream()
                .filter(e -> e.resourceType().equals("clearance")).toList();
        assertThat(reads).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("ana");
            assertThat(e.persons()).containsExactly(ana);
        });
    }

    @Test
    void staff_submit_only_for_themselves_and_bad_input_names_every_field() {
        assertThatThrownBy(() -> travel.clearances().submit(anaActor, flight(List.of(ana, ben), Criticality.PC3, 20)))
                .isInstanceOf(AccessDeniedException.class);
        Instant dep = clock.instant().plus(Duration.ofDays(3));
        ClearanceDetails bad = new ClearanceDetails(List.of(ana), "Survey", Criticality.PC3, List.of(
                new LegDetails(TransportMode.ROAD, MEX, ACAPULCO, dep, dep.minusSeconds(60), "AMX", null, null),
                new LegDetails(TransportMode.AIR, ACAPULCO, MEX, dep, dep.plusSeconds(3600), null, null, null)),
                List.of(), null);
        assertThatThrownBy(() -> travel.clearances().submit(officer, bad))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field())
                        .contains("legs[0].arrival", "legs[1].operator"));
        assertThat(travel.clearances().list(officer, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void a_missing_course_denies_and_a_waiver_turns_it_into_a_request_needing_approval() {
        approvedAssessment(Likelihood.UNLIKELY, Impact.MINOR);
        aeromexico(false);
        Clearance denied = travel.clearances().submit(officer, flight(List.of(ana), Criticality.PC3, 20));
        assertThat(denied.status()).isEqualTo(ClearanceStatus.DENIED);
        assertThat(denied.latest().check(CheckKind.TRAINING).reasons()).anySatisfy(r -> assertThat(r)
                .contains("does not hold BSAFE"));
        assertThatThrownBy(() -> travel.waivers().create(associate, new WaiverDetails(ana, "BSAFE", "Country Rep",
                "course booked in April", clock.instant().plus(Duration.ofDays(60)))))
                .isInstanceOf(AccessDeniedException.class);
        travel.waivers().create(officer, new WaiverDetails(ana, "BSAFE", "Country Rep", "course booked in April",
                clock.instant().plus(Duration.ofDays(60))));
        Clearance now = travel.clearances().get(officer, denied.id());
        assertThat(now.status()).isEqualTo(ClearanceStatus.PENDING);
        assertThat(now.latest().check(CheckKind.TRAINING).outcome()).isEqualTo(CheckOutcome.NEEDS_APPROVAL);
        assertThat(now.decisions()).hasSize(2);
    }

    @Test
    void the_officer_decides_with_a_reason_never_on_their_own_trip_and_escalates_above_the_office() {
        bsafe(ana);
        bsafe(ben);
        approvedAssessment(Likelihood.LIKELY, Impact.MODERATE);
        aeromexico(false);
        Clearance c = travel.clearances().submit(officer, flight(List.of(ana), Criticality.PC2, 20));
        assertThat(c.status()).isEqualTo(ClearanceStatus.PENDING);
        assertThat(c.latest().level()).contains(ApprovalLevel.COUNTRY_REPRESENTATIVE);
        Actor anaOfficer = new Actor("ana-officer", OFFICE, Set.of(Role.SECURITY_OFFICER), Optional.of(ana), Set.of());
        assertThatThrownBy(() -> travel.clearances().decide(anaOfficer, c.id(), c.version(), new DecisionDetails(
                ManualDecision.Action.APPROVED, "fine", null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> travel.clearances().decide(associate, c.id(), c.version(), new DecisionDetails(
                ManualDecision.Action.APPROVED, "fine", null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> travel.clearances().decide(officer, c.id(), c.version(), new DecisionDetails(
                ManualDecision.Action.APPROVED, "fine", null))).isInstanceOf(RefusedException.class);
        Clearance escalated = travel.clearances().decide(officer, c.id(), c.version(), new DecisionDetails(
                ManualDecision.Action.ESCALATED, "high residual crime risk", null));
        assertThat(escalated.status()).isEqualTo(ClearanceStatus.ESCALATED);
        assertThatThrownBy(() -> travel.clearances().decide(officer, c.id(), escalated.version(), new DecisionDetails(
                ManualDecision.Action.APPROVED, "approved by phone", null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("onBehalfOf"));
        clock.advance(Duration.ofHours(5));
        Clearance approved = travel.clearances().decide(officer, c.id(), escalated.version(), new DecisionDetails(
                ManualDecision.Action.APPROVED, "approved by phone", "María Pérez, Country Representative"));
        assertThat(approved.status()).isEqualTo(ClearanceStatus.APPROVED);
        assertThat(approved.manual()).extracting(ManualDecision::level)
                .containsExactly(Optional.of(ApprovalLevel.COUNTRY_REPRESENTATIVE),
                        Optional.of(ApprovalLevel.COUNTRY_REPRESENTATIVE));
        FairnessReport fair = travel.reports().fairness(officer, clock.instant().minus(Duration.ofDays(1)),
                clock.instant());
        assertThat(fair.medianMinutesToDecision()).contains(300L);
        assertThat(fair.differing()).isEmpty();
    }

    @Test
    void an_approved_trip_the_rules_now_deny_is_revoked_and_its_traveller_and_the_officer_on_call_are_told() {
        vigil.people().offices().set(officer, OFFICE, 0, new OfficeDetails("Mexico", "America/Mexico_City", "MX"));
        bsafe(ana);
        SecurityAssessment first = approvedAssessment(Likelihood.UNLIKELY, Impact.MINOR);
        aeromexico(false);
        vigil.alerting().onCall().schedule(officer, new ShiftDetails("Duty officer", "security officer",
                "+52 55 5555 0000", clock.instant().minusSeconds(3600), clock.instant().plus(Duration.ofDays(2))));
        Clearance c = travel.clearances().submit(anaActor, flight(List.of(ana), Criticality.PC3, 20));
        assertThat(c.status()).isEqualTo(ClearanceStatus.AUTO_APPROVED);
        clock.advance(Duration.ofDays(1));
        approvedAssessment(Likelihood.VERY_LIKELY, Impact.CRITICAL);
        Clearance revoked = travel.clearances().get(officer, c.id());
        assertThat(revoked.status()).isEqualTo(ClearanceStatus.REVOKED);
        assertThat(revoked.decisions()).extracting(d -> d.verdict())
                .containsExactly(Verdict.AUTO_APPROVED, Verdict.DENIED);
        assertThat(revoked.latest().trigger()).contains("assessment").contains("approved");
        vigil.risk().assessments().supersede(officer, first.id(), first.version());
        assertThat(travel.clearances().get(officer, c.id()).status()).as("a revoked clearance stays revoked")
                .isEqualTo(ClearanceStatus.REVOKED);
        List<OutboundMessage> sent = vigil.gateway().sent(OFFICE);
        String told = "Travel clearance " + c.id() + " (departing 2026-03-21 09:00 CST (America/Mexico_City)) is"
                + " REVOKED: ";
        assertThat(sent).anySatisfy(m -> {
            assertThat(m.address()).isEqualTo("ana@example.org");
            assertThat(m.text()).startsWith(told);
        });
        assertThat(sent).anySatisfy(m -> {
            assertThat(m.address()).isEqualTo("+52 55 5555 0000");
            assertThat(m.text()).startsWith(told);
        });
        assertThat(travel.clearances().redecide(officer, clock.instant(), "again").changed()).isEmpty();
    }

    @Test
    void a_barred_operator_and_tierra_caliente_deny_and_an_override_is_reported_as_differing() {
        bsafe(ana);
        approvedAssessment(Likelihood.UNLIKELY, Impact.MINOR);
        aeromexico(true);
        vigil.risk().areas().create(associate, new RestrictedAreaDetails("Tierra Caliente", TIERRA_CALIENTE,
                Set.of(MovementRule.FORBIDDEN), "armed groups", Instant.parse("2026-01-01T00:00:00Z"), null));
        Instant dep = clock.instant().plus(Duration.ofDays(20));
        Clearance c = travel.clearances().submit(officer, new ClearanceDetails(List.of(ana), "Visit", Criticality.PC1,
                List.of(new LegDetails(TransportMode.ROAD, ACAPULCO, ALTAMIRANO, dep, dep.plus(Duration.ofHours(6)),
                        null, null, null)), List.of(), null));
        assertThat(c.status()).isEqualTo(ClearanceStatus.DENIED);
        assertThat(c.latest().check(CheckKind.AREA_RULES).outcome()).isEqualTo(CheckOutcome.DENIED);
        Clearance overridden = travel.clearances().decide(officer, c.id(), c.version(), new DecisionDetails(
                ManualDecision.Action.APPROVED, "armed escort by the army, PC1 lifesaving", null));
        assertThat(overridden.status()).isEqualTo(ClearanceStatus.APPROVED);
        FairnessReport fair = travel.reports().fairness(officer, clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plusSeconds(1));
        assertThat(fair.differing()).singleElement().satisfies(o -> {
            assertThat(o.advised()).isEqualTo(Verdict.DENIED);
            assertThat(o.reason()).contains("armed escort");
        });
        assertThat(fair.groups()).anySatisfy(g -> {
            assertThat(g.unit()).isEqualTo("UNICEF");
            assertThat(g.outcome()).isEqualTo(ClearanceStatus.APPROVED);
        });
    }

    @Test
    void the_training_report_lists_planned_trips_in_the_next_30_days_that_will_fail_on_training() {
        approvedAssessment(Likelihood.UNLIKELY, Impact.MINOR);
        aeromexico(false);
        bsafe(ben);
        Clearance soon = travel.clearances().submit(officer, flight(List.of(ana), Criticality.PC3, 10));
        travel.clearances().submit(officer, flight(List.of(ana), Criticality.PC3, 45));
        travel.clearances().submit(officer, flight(List.of(ben), Criticality.PC3, 10));
        assertThat(travel.reports().trainingFailures(officer, clock.instant()).trips())
                .extracting(t -> t.clearance()).containsExactly(soon.id());
        assertThatThrownBy(() -> travel.reports().trainingFailures(manager, clock.instant()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
