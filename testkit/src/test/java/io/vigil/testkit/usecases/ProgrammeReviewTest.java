package io.vigil.testkit.usecases;

import static io.vigil.testkit.review.QuarterFixture.AS_OF;
import static io.vigil.testkit.review.QuarterFixture.FROM;
import static io.vigil.testkit.review.QuarterFixture.OFFICE;
import static io.vigil.testkit.review.QuarterFixture.TO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.port.in.OfficeDetails;
import io.vigil.review.domain.Chart;
import io.vigil.review.domain.Figure;
import io.vigil.review.domain.ProgrammeReview;
import io.vigil.review.domain.ReviewMarkdown;
import io.vigil.review.domain.ReviewSection;
import io.vigil.review.port.in.ProgrammeReviewUseCase;
import io.vigil.testkit.review.QuarterFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The programme review over a quarter whose figures were worked out by hand ({@link QuarterFixture}). */
class ProgrammeReviewTest {
    private final QuarterFixture fixture = QuarterFixture.seeded();
    private final ProgrammeReviewUseCase reviews = fixture.vigil().review().programme();
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Actor manager = Actor.of("com", OFFICE, Role.MANAGER);

    private ProgrammeReview quarter(Actor actor) {
        return reviews.review(actor, FROM, TO, AS_OF);
    }

    @Test
    void the_incident_section_counts_by_category_and_month_only_what_was_recorded_by_as_of() {
        ReviewSection s = quarter(officer).section("incidents");
        List<String> ids = fixture.quarterIncidents().stream().map(r -> r.id().toString()).sorted().toList();
        assertThat(s.figure("incidents").value()).isEqualTo(3);
        assertThat(s.figure("incidents").records()).containsExactlyElementsOf(ids);
        assertThat(s.figure("previousPeriod").value()).isEqualTo(1);
        assertThat(s.figure("category.crime").value()).isEqualTo(2);
        assertThat(s.figure("category.terrorism").records())
                .containsExactly(fixture.quarterIncidents().get(2).id().toString());
        assertThat(s.charts().get(0).bars()).containsExactly(new Chart.Bar("2026-07", 1), new Chart.Bar("2026-08", 2),
                new Chart.Bar("2026-09", 0));
        assertThat(s.summary()).isEqualTo("3 incidents against 1 in the period before (up 2)");
    }

    @Test
    void the_communication_section_scores_the_quarters_tests() {
        ReviewSection s = quarter(officer).section("communication");
        assertThat(s.figure("tests").records()).containsExactlyInAnyOrderElementsOf(fixture.quarterTests().stream()
                .map(t -> t.id().toString()).toList());
        assertThat(s.figure("rollCalls").value()).isZero();
        assertThat(s.figure("targetsMet").records()).containsExactly(fixture.quarterTests().get(0).id().toString());
        assertThat(s.figure("targetsMissed").records()).containsExactly(fixture.quarterTests().get(1).id().toString());
        assertThat(s.figure("meanResponseRate").value()).isEqualTo(75);
        assertThat(s.figure("meanResponseRate").unit()).isEqualTo(Figure.Unit.PERCENT);
        assertThat(s.charts().get(0).bars()).extracting(Chart.Bar::value).containsExactly(100L, 50L);
    }

    @Test
    void the_crisis_section_counts_findings_and_actions_done_and_overdue_on_the_day_of_as_of() {
        ReviewSection s = quarter(officer).section("crisis");
        assertThat(s.figure("drillsHeld").value()).isEqualTo(1);
        assertThat(s.figure("findings").value()).isEqualTo(2);
        assertThat(s.figure("actions").value()).isEqualTo(3);
        assertThat(s.figure("actionsDone").value()).isEqualTo(1);
        assertThat(s.figure("actionsOverdue").value()).isEqualTo(1);
        String drill = s.figure("drillsHeld").records().get(0);
        assertThat(s.figure("actionsOverdue").records()).containsExactly(drill + "#2");
        assertThat(s.findings()).anySatisfy(f -> {
            assertThat(f.record()).isEqualTo(drill + "#2");
            assertThat(f.persons()).containsExactly(fixture.ana());
        });
    }

    @Test
    void the_training_section_counts_required_courses_missing_expired_and_expiring_at_as_of_by_category() {
        ReviewSection s = quarter(officer).section("training");
        String bsafe = fixture.bsafe().id().toString();
        String firstAid = fixture.firstAid().id().toString();
        String ana = fixture.ana().toString();
        String ben = fixture.ben().toString();
        assertThat(s.figure("requiredCourses").records()).containsExactlyInAnyOrder(bsafe, firstAid);
        assertThat(s.figure("trainingGaps").value()).isEqualTo(3);
        assertThat(s.figure("missing").records()).containsExactly(firstAid + "/" + ben);
        assertThat(s.figure("expired").records()).containsExactly(bsafe + "/" + ana);
        assertThat(s.figure("expiring").records()).containsExactly(firstAid + "/" + ana);
        assertThat(s.figure("category.NATIONAL_STAFF").records())
                .containsExactlyInAnyOrder(bsafe + "/" + ana, firstAid + "/" + ana);
        assertThat(s.figure("category.INTERNATIONAL_STAFF").records()).containsExactly(firstAid + "/" + ben);
        assertThat(s.summary()).isEqualTo("2 required courses, 3 missing, expired or expiring");
        assertThat(s.findings()).filteredOn(f -> f.record().equals(firstAid + "/" + ben)).singleElement()
                .satisfies(f -> assertThat(f.persons()).containsExactly(fixture.ben()));
        assertThat(reviews.review(officer, FROM, TO, Instant.parse("2026-10-16T00:00:00Z")).section("training")
                .figure("missing").value()).isZero();
    }

    @Test
    void the_movement_section_counts_departures_call_ins_missed_call_ins_and_episodes_open_at_as_of() {
        ReviewSection s = quarter(officer).section("movements");
        String toluca = fixture.toluca().id().toString();
        assertThat(s.figure("movements").records()).containsExactly(toluca);
        assertThat(s.figure("callIns").records()).containsExactly(toluca + "#call-in-1");
        assertThat(s.figure("missedCallIns").records()).containsExactly(toluca + "#episode-1");
        assertThat(s.figure("stillOverdue").records()).containsExactly(toluca + "#episode-1");
        assertThat(s.summary()).isEqualTo("1 movements, 1 call-ins missed, 1 still overdue");
        assertThat(s.findings()).singleElement().satisfies(f -> {
            assertThat(f.text()).contains("call-in due 2026-09-02 14:50 UTC (UTC) missed", "no contact by");
            assertThat(f.persons()).containsExactlyInAnyOrder(fixture.ana(), fixture.ben());
        });
        ReviewSection later = reviews.review(officer, FROM, TO, Instant.parse("2026-10-16T00:00:00Z"))
                .section("movements");
        assertThat(later.figure("stillOverdue").value()).as("the arrival of 10 October closed it").isZero();
        assertThat(later.figure("missedCallIns").value()).isEqualTo(1);
    }

    @Test
    void the_phone_tree_section_scores_the_quarters_drills_on_their_calls() {
        ReviewSection s = quarter(officer).section("phoneTrees");
        String met = fixture.quarterDrills().get(0).drill().id().toString();
        String missed = fixture.quarterDrills().get(1).drill().id().toString();
        assertThat(s.figure("drillsHeld").records()).containsExactlyInAnyOrder(met, missed);
        assertThat(s.figure("drillTargetsMet").records()).containsExactly(met);
        assertThat(s.figure("drillTargetsMissed").records()).containsExactly(missed);
        assertThat(s.figure("membersReached").value()).isEqualTo(75);
        assertThat(s.figure("membersReached").unit()).isEqualTo(Figure.Unit.PERCENT);
        assertThat(s.figure("rollCalls").value()).isZero();
        assertThat(s.charts().get(0).bars()).isEmpty();
        assertThat(s.findings()).singleElement().satisfies(f -> {
            assertThat(f.record()).isEqualTo(missed);
            assertThat(f.persons()).containsExactly(fixture.ben());
        });
    }

    @Test
    void the_equipment_section_counts_checks_done_and_failed_and_those_overdue_at_as_of() {
        ReviewSection s = quarter(officer).section("equipment");
        String cctv = fixture.office().id() + "/CCTV-1";
        assertThat(s.figure("checksDone").records()).containsExactly(cctv + "/TEST@2026-07-20T10:00:00Z",
                cctv + "/TEST@2026-08-19T10:00:00Z");
        assertThat(s.figure("checksFailed").records()).containsExactly(cctv + "/TEST@2026-08-19T10:00:00Z");
        assertThat(s.figure("checksOverdue").records()).containsExactly(cctv + "/MAINTENANCE", cctv + "/TEST");
        assertThat(s.findings()).extracting(f -> f.text()).contains("Country office, CCTV-1: maintenance due "
                + "2026-06-30 00:00 UTC (UTC)", "Country office, CCTV-1: test due 2026-09-18 10:00 UTC (UTC)");
        assertThat(reviews.review(officer, FROM, TO, Instant.parse("2026-10-16T00:00:00Z")).section("equipment")
                .figure("checksOverdue").records()).as("the test of 10 October").containsExactly(cctv + "/MAINTENANCE");
    }

    @Test
    void the_risk_section_counts_assessments_by_status_at_as_of_residual_risks_measures_residences_and_projects() {
        ReviewSection s = quarter(officer).section("risk");
        List<String> a = fixture.assessments().stream().map(x -> x.id().toString()).toList();
        String current = a.get(0);
        assertThat(s.figure("assessmentsInForce").records()).containsExactly(current);
        assertThat(s.figure("assessmentsSuperseded").records()).containsExactly(a.get(1));
        assertThat(s.figure("assessmentsNotApproved").records()).as("Toluca approved on 10 October, Guerrero a draft")
                .containsExactlyInAnyOrder(a.get(2), a.get(3));
        assertThat(s.figure("reviewsOverdue").records()).as("Toluca's review fell due on 2 October, but it was"
                + " approved after as-of").containsExactly(current);
        assertThat(s.figure("risksAboveAcceptable").records()).containsExactly(current + "#risk-1");
        assertThat(s.figure("risksNeedingApproval").records()).containsExactly(current + "#risk-2");
        assertThat(s.figure("measuresImplemented").records()).containsExactly(current + "#risk-1/measure-1");
        assertThat(s.figure("measuresOverdue").records()).containsExactly(current + "#risk-1/measure-2");
        assertThat(s.figure("measuresPlanned").records()).containsExactly(current + "#risk-2/measure-1");
        assertThat(s.figure("measuresCancelled").records()).containsExactly(current + "#risk-3/measure-1");
        List<String> r = fixture.residences().stream().map(x -> x.id().toString()).toList();
        assertThat(s.figure("residencesCompliant").records()).containsExactly(r.get(0));
        assertThat(s.figure("residencesNonCompliant").records()).containsExactly(r.get(1));
        assertThat(s.figure("residencesSurveyDue").records()).containsExactlyInAnyOrder(r.get(2), r.get(3));
        String refit = fixture.projects().get(0).id().toString();
        assertThat(s.figure("projectsOpen").records()).containsExactly(refit);
        assertThat(s.figure("phasesOverdue").records()).containsExactly(refit + "/works");
        assertThat(s.figure("conditionsOpen").records()).containsExactly(refit + "#condition-2");
        assertThat(s.summary()).isEqualTo("1 assessments in force, 1 overdue for review, 1 residual risks above"
                + " acceptable, 1 measures overdue, 1 residences non-compliant, 2 never surveyed");
        assertThat(s.findings()).extracting(f -> f.text()).contains(
                "a staff residence: the survey of 2026-08-15 10:00 UTC (UTC) fails A safe room that locks from inside",
                "Office refit: phase works ended 2026-09-15 without an approving advice")
                .noneMatch(t -> t.contains("Residence B"));

        ReviewSection later = reviews.review(officer, FROM, TO, Instant.parse("2026-10-15T00:00:00Z")).section("risk");
        assertThat(later.figure("assessmentsInForce").records()).containsExactlyInAnyOrder(current, a.get(2));
        assertThat(later.figure("residencesSurveyDue").records()).containsExactly(r.get(2));
        assertThat(later.figure("conditionsOpen").value()).isZero();
    }

    @Test
    void the_risk_section_reads_a_phase_end_on_the_offices_local_day_and_names_a_survey_in_its_local_time() {
        fixture.vigil().people().offices().set(officer, OFFICE, 0, new OfficeDetails("Mexico City",
                "America/Mexico_City", "MX"));
        // the refit's works phase ended on 15 September; 03:00 UTC on the 16th is still the 15th, 21:00, in Mexico City
        ReviewSection evening = reviews.review(officer, FROM, Instant.parse("2026-09-16T00:00:00Z"),
                Instant.parse("2026-09-16T03:00:00Z")).section("risk");
        assertThat(evening.figure("phasesOverdue").value()).isZero();
        assertThat(evening.findings()).extracting(f -> f.text()).contains("a staff residence: the survey of"
                + " 2026-08-15 04:00 CST (America/Mexico_City) fails A safe room that locks from inside");
        assertThat(evening.findings()).extracting(f -> f.text()).contains("a staff residence: no residential"
                + " security survey by 2026-09-15 21:00 CST (America/Mexico_City)");
        ReviewSection nextDay = reviews.review(officer, FROM, Instant.parse("2026-09-16T00:00:00Z"),
                Instant.parse("2026-09-16T07:00:00Z")).section("risk");
        assertThat(nextDay.figure("phasesOverdue").records())
                .containsExactly(fixture.projects().get(0).id() + "/works");
    }

    @Test
    void the_guard_section_counts_issues_inspections_reviews_and_the_invoices_certified_refused_and_waiting() {
        ReviewSection s = quarter(officer).section("guardForce");
        assertThat(s.figure("issuesRaised").records()).containsExactly(fixture.issues().get(1).id().toString());
        assertThat(s.figure("issuesReviewed").records()).as("the review of June and July took up both")
                .containsExactlyInAnyOrder(fixture.issues().get(0).id().toString(),
                        fixture.issues().get(1).id().toString());
        assertThat(s.figure("inspectionsDone").records()).containsExactlyInAnyOrder(
                fixture.inspections().get(1).id().toString(), fixture.inspections().get(2).id().toString());
        assertThat(s.figure("inspectionsFailed").records()).containsExactly(fixture.inspections().get(2).id().toString());
        assertThat(s.findings()).extracting(f -> f.text()).as("the inspection's local time, its zone named")
                .contains("inspection of 2026-08-25 09:00 UTC (UTC) failed UNIFORM");
        assertThat(s.figure("performanceReviewsHeld").value()).isEqualTo(1);
        assertThat(s.figure("performanceReviewsOverdue").records()).containsExactly(fixture.contract().id().toString());
        List<String> inv = fixture.invoices().stream().map(i -> i.id().toString()).toList();
        assertThat(s.figure("invoicesSubmitted").records()).containsExactlyInAnyOrder(inv.get(1), inv.get(2),
                inv.get(3), inv.get(4));
        assertThat(s.figure("invoicesCertified").records()).containsExactly(inv.get(1));
        assertThat(s.figure("invoicesRefused").records()).containsExactly(inv.get(2));
        assertThat(s.figure("invoicesWaiting").records()).as("INV-4 was refused only on 12 October")
                .containsExactlyInAnyOrder(inv.get(3), inv.get(4));
        Figure amount = s.figure("amountCertified.MXN");
        assertThat(amount.unit()).isEqualTo(Figure.Unit.MONEY);
        assertThat(amount.currency()).isEqualTo("MXN");
        assertThat(amount.value()).isEqualTo(80_000);
        assertThat(amount.shown()).isEqualTo("800.00 MXN");
        assertThat(amount.records()).containsExactly(inv.get(1));
        assertThat(ReviewMarkdown.render(quarter(manager))).contains("| Amount certified in MXN | 800.00 MXN |");

        ReviewSection later = reviews.review(officer, FROM, TO, Instant.parse("2026-10-15T00:00:00Z"))
                .section("guardForce");
        assertThat(later.figure("invoicesWaiting").records()).containsExactly(inv.get(3));
        assertThat(later.figure("invoicesRefused").records()).as("decided after the period").containsExactly(inv.get(2));
    }

    @Test
    void an_invoice_certified_under_a_contract_removed_since_is_counted_but_in_no_currencys_total() {
        assertThatThrownBy(() -> fixture.vigil().guard().contracts().remove(officer, fixture.contract().id(),
                fixture.contract().version())).as("a contract its invoices name is kept").isInstanceOf(
                RefusedException.class).hasMessageContaining("is named by").hasMessageContaining("invoices");
        // gone from the store all the same (as before removals were refused, or by another writer of the store)
        fixture.vigil().guardPorts().contracts().delete(fixture.contract().id(), fixture.contract().version());
        ReviewSection s = quarter(officer).section("guardForce");
        String certified = fixture.invoices().get(1).id().toString();
        assertThat(s.figure("invoicesCertified").records()).containsExactly(certified);
        assertThat(s.figures()).noneMatch(f -> f.key().startsWith("amountCertified."));
        assertThat(s.findings()).anySatisfy(f -> {
            assertThat(f.record()).isEqualTo(certified);
            assertThat(f.text()).contains("INV-1", "since removed");
        });
    }

    @Test
    void the_communication_section_counts_the_advisories_issued_in_the_period_by_severity() {
        ReviewSection s = quarter(officer).section("communication");
        assertThat(s.figure("advisories").records()).containsExactlyInAnyOrderElementsOf(fixture.quarterAdvisories()
                .stream().map(x -> x.id().toString()).toList());
        assertThat(s.figure("advisories.WARNING").records()).containsExactly(fixture.quarterAdvisories().get(0).id()
                .toString());
        assertThat(s.figure("advisories.CRITICAL").records()).containsExactly(fixture.quarterAdvisories().get(1).id()
                .toString());
        assertThat(s.figure("advisories.INFO").value()).isEqualTo(1);
        assertThat(s.figure("advisories.CAUTION").value()).as("the caution of 20 June is before the period").isZero();
        assertThat(s.summary()).endsWith("; 3 advisories issued");
    }

    @Test
    void the_same_period_as_of_the_same_instant_gives_the_same_review_whatever_was_recorded_since() {
        ProgrammeReview first = quarter(officer);
        fixture.clock().set(fixture.clock().instant().plus(Duration.ofDays(30)));
        fixture.vigil().incident().reports().create(officer, new io.vigil.incident.port.in.IncidentDetails("crime",
                "theft", "Another late report", null, Instant.parse("2026-09-15T12:00:00Z"),
                new io.vigil.incident.port.in.PlaceDetails("Roma", io.vigil.kernel.geo.GeoPoint.of(19.41, -99.16), null),
                List.of(), List.of(), io.vigil.incident.domain.Severity.MINOR, "a guard",
                io.vigil.incident.domain.Verification.CONFIRMED));
        assertThat(quarter(officer)).isEqualTo(first);
        assertThat(reviews.review(officer, FROM, TO, fixture.clock().instant()).section("incidents")
                .figure("incidents").value()).isEqualTo(5);
    }

    @Test
    void a_manager_reads_the_figures_without_any_finding_or_name_and_the_reads_are_audited() {
        ProgrammeReview forManager = quarter(manager);
        ProgrammeReview full = quarter(officer);
        assertThat(forManager.detailed()).isFalse();
        assertThat(forManager.sections()).allSatisfy(s -> assertThat(s.findings()).isEmpty());
        assertThat(forManager.sections()).extracting(ReviewSection::figures)
                .containsExactlyElementsOf(full.sections().stream().map(ReviewSection::figures).toList());
        assertThat(ReviewMarkdown.render(forManager)).doesNotContain(QuarterFixture.OWNER_NAME, "Okafor");
        assertThat(full.detailed()).isTrue();
        List<AuditEntry> entries = fixture.vigil().audit().find(officer, new AuditQuery(OFFICE, Optional.empty(),
                Optional.empty()), PageRequest.first(500)).items().stream()
                .filter(e -> e.resourceType().equals("programme-review")).toList();
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("com");
            assertThat(e.dataClass().name()).isEqualTo("REVIEW_FIGURES");
            assertThat(e.persons()).isEmpty();
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("officer");
            assertThat(e.dataClass().name()).isEqualTo("REVIEW_DETAILS");
            assertThat(e.persons()).contains(fixture.ana());
        });
    }

    @Test
    void staff_soc_and_vendors_may_not_read_a_review() {
        for (Actor a : List.of(Actor.staff("ana", OFFICE, fixture.ana()), Actor.of("soc", OFFICE, Role.SOC_OPERATOR),
                Actor.of("vendor", OFFICE, Role.VENDOR))) {
            assertThatThrownBy(() -> quarter(a)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_bad_period_names_every_bad_field_at_once() {
        assertThatThrownBy(() -> reviews.review(officer, TO, FROM, FROM.minusSeconds(1)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("to", "asOf"));
        assertThatThrownBy(() -> reviews.review(officer, null, null, null))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("from", "to", "asOf"));
        assertThatThrownBy(() -> reviews.review(officer, FROM, FROM.plus(Duration.ofDays(367)),
                FROM.plus(Duration.ofDays(367))))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).contains("to"));
        assertThatThrownBy(() -> reviews.review(officer, FROM, TO, fixture.clock().instant().plusSeconds(1)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::message).anyMatch(m -> m.contains("future")));
        Instant yearBefore = TO.minus(Duration.ofDays(366));
        assertThat(reviews.review(officer, yearBefore, TO, AS_OF).section("incidents").figure("incidents").value())
                .isEqualTo(4);
    }

    @Test
    void the_markdown_holds_every_section_and_escapes_record_text() {
        String md = ReviewMarkdown.render(quarter(officer));
        assertThat(md).contains("# Programme review: MX\\-MEX".replace("\\-", "-"), "## Incidents",
                "| Incidents | 3 |", "| Mean response rate | 75 % |", "**Incidents by month**", "| 2026\\-08 | 2 |"
                        .replace("\\-", "-"), "Add a sounder on floor 3");
        assertThat(ReviewMarkdown.escape("[x](javascript:1) <b>|*")).isEqualTo("\\[x\\](javascript:1) &lt;b&gt;\\|\\*");
    }
}
