package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.Audience;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.port.in.AdvisoryDetails;
import io.vigil.guard.domain.CheckItem;
import io.vigil.guard.domain.ChecklistResult;
import io.vigil.guard.domain.Evidence;
import io.vigil.guard.domain.EvidenceKind;
import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.Inspection;
import io.vigil.guard.domain.Invoice;
import io.vigil.guard.domain.InvoiceLine;
import io.vigil.guard.domain.IssueType;
import io.vigil.guard.domain.PerformanceIssue;
import io.vigil.guard.domain.PerformanceReview;
import io.vigil.guard.domain.PerformanceReviewIssue;
import io.vigil.guard.domain.ProcurementRecord;
import io.vigil.guard.domain.ShiftWindow;
import io.vigil.guard.port.in.CertifyDetails;
import io.vigil.guard.port.in.ContractDetails;
import io.vigil.guard.port.in.InspectionDetails;
import io.vigil.guard.port.in.InvoiceDetails;
import io.vigil.guard.port.in.IssueDetails;
import io.vigil.guard.port.in.PerformanceReviewDetails;
import io.vigil.guard.port.in.PostDetails;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.Page;
import io.vigil.review.domain.ReviewPeriod;
import io.vigil.review.domain.ProgrammeReview;
import io.vigil.review.domain.ReviewSection;
import io.vigil.risk.domain.ChecklistItem;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityKind;
import io.vigil.risk.domain.Impact;
import io.vigil.risk.domain.Likelihood;
import io.vigil.risk.domain.Measure;
import io.vigil.risk.domain.MeasureStatus;
import io.vigil.risk.domain.ProgrammeCriticality;
import io.vigil.risk.domain.ResidenceSurvey;
import io.vigil.risk.domain.Risk;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.domain.ThreatCategory;
import io.vigil.risk.domain.Treatment;
import io.vigil.risk.port.in.AssessmentDetails;
import io.vigil.risk.port.in.FacilityDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.generators.Theories;
import io.vigil.testkit.memory.InMemoryVigil;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whatever advisories, guard-force records, residence surveys and risk assessments an office records,
 * and whatever period and {@code asOf} a review is made for, the communication, guard-force and risk
 * sections' counts equal the counts taken in this test by listing each context's records through its
 * own use cases and filtering them by the period; the residual risks above acceptable are worked out
 * with the standard matrix and acceptability table written out here as tables.
 */
class ProgrammeReviewSectionProperties {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    /** The standard matrix, likelihood (rows, lowest first) by impact: 0 very low ... 5 unacceptable. */
    private static final int[][] MATRIX = {
            {0, 0, 0, 1, 1},
            {0, 1, 1, 2, 2},
            {0, 1, 2, 3, 3},
            {1, 2, 3, 3, 4},
            {1, 2, 3, 4, 5}};
    /** The standard table: at each level, how many criticalities (PC1 first) may proceed, and whether with approval. */
    private static final int[] PROCEED = {4, 4, 3, 2, 1, 0};
    private static final boolean[] APPROVAL = {false, false, false, true, true, false};

    /** An advisory: the day it is valid from, the day it was issued before that (0 to 20), its severity. */
    private record AdvisoryDraw(int day, int early, int severity) {
    }

    /** An inspection (it fails the uniform check on odd days) or a performance issue, on a day. */
    private record Guarding(int day, boolean inspection) {
    }

    /** An invoice submitted on a day and refused some days later (or never, when negative). */
    private record Bill(int day, int decidedAfter) {
    }

    /** A survey of a residence on a day, compliant or not. */
    private record Survey(int day, boolean compliant) {
    }

    /** A risk: its residual likelihood and impact, and one measure's status and due day. */
    private record Rated(int likelihood, int impact, int status, int due) {
    }

    /** An assessment: its criticality, its risks, the day it was approved (never, when negative). */
    private record Rating(int criticality, List<Rated> risks, int approvedOn) {
    }

    /** A review: first day, length in days, days from the period's end to asOf. */
    private record ReviewWindow(int from, int days, int lag) {
    }

    /** The advisories and the guard force's records. */
    private record Activity(List<AdvisoryDraw> notices, List<Guarding> guarding, List<Bill> bills) {
    }

    /** The residences' surveys and the assessments. */
    private record Ratings(List<List<Survey>> residences, List<Rating> assessments) {
    }

    @Test
    void the_new_sections_counts_equal_the_counts_taken_through_each_contexts_use_cases() {
        Gen<AdvisoryDraw> notice = Generate.range(0, 199).zip(Generate.range(0, 20), Generate.range(0, 3),
                AdvisoryDraw::new);
        Gen<Guarding> guarding = Generate.range(0, 199).zip(Generate.booleans(), Guarding::new);
        Gen<Bill> bill = Generate.range(0, 199).zip(Generate.range(-1, 40), Bill::new);
        Gen<List<Survey>> residence = lists().of(Generate.range(0, 199).zip(Generate.booleans(), Survey::new))
                .ofSizeBetween(0, 3);
        Gen<Rated> rated = Generate.range(0, 4).zip(Generate.range(0, 4), Generate.range(0, 3), Generate.range(0, 250),
                Rated::new);
        Gen<Rating> rating = Generate.range(0, 3).zip(lists().of(rated).ofSizeBetween(1, 3), Generate.range(-1, 199),
                Rating::new);
        Gen<ReviewWindow> period = Generate.range(0, 120).zip(Generate.range(1, 100), Generate.range(0, 40),
                ReviewWindow::new);
        Gen<Activity> activity = lists().of(notice).ofSizeBetween(0, 6).zip(lists().of(guarding).ofSizeBetween(0, 8),
                lists().of(bill).ofSizeBetween(0, 4), Activity::new);
        Gen<Ratings> ratings = lists().of(residence).ofSizeBetween(0, 3).zip(lists().of(rating).ofSizeBetween(0, 3),
                Ratings::new);
        Theories.qt(20).forAll(activity, ratings, period).checkAssert((a, r, p) -> check(a.notices(), a.guarding(),
                a.bills(), r.residences(), r.assessments(), p));
    }

    private void check(List<AdvisoryDraw> notices, List<Guarding> guarding, List<Bill> bills, List<List<Survey>> residences,
                       List<Rating> ratings, ReviewWindow p) {
        MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
        InMemoryVigil vigil = InMemoryVigil.create(clock);
        Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
        // advisories, each issued up to 20 days before it is valid
        for (AdvisoryDraw n : notices) {
            clock.set(day(Math.max(0, n.day() - n.early())));
            vigil.alerting().advisories().issue(officer, new AdvisoryDetails("Advisory", "Take care.",
                    io.vigil.alerting.domain.Severity.values()[n.severity()], Audience.everyone(), Set.of(Channel.EMAIL),
                    day(n.day()), day(n.day() + 2)));
        }
        // guard force: issues and inspections on their days, a review of the first 100 days on day 150, invoices
        Facility site = vigil.risk().facilities().create(officer, new FacilityDetails("Office", FacilityKind.OFFICE,
                "Roma", GeoPoint.of(19.41, -99.16), null, List.of()));
        GuardContract contract = vigil.guard().contracts().create(officer, new ContractDetails("MX-G-1", "Guardias SA",
                "vendor@guardias", new ProcurementRecord("request for quotations", 3, "lowest cost", "Guardias SA",
                LocalDate.parse("2025-12-01")), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), List.of(),
                "MXN", null, "MX", List.of(new PostDetails("GATE", "Main gate", site.id().value(), List.of(
                new ShiftWindow(List.copyOf(EnumSet.allOf(DayOfWeek.class)), LocalTime.of(7, 0), LocalTime.of(15, 0))),
                1, false, List.of(), new BigDecimal("100.00"), null)), List.of(), null, null, 60));
        List<Guarding> byDay = guarding.stream().sorted(Comparator.comparingInt(Guarding::day)).toList();
        boolean reviewed = false;
        for (Guarding x : byDay) {
            if (!reviewed && x.day() >= 150) {
                review(vigil, officer, clock, contract);
                reviewed = true;
            }
            clock.set(day(x.day()).plus(Duration.ofHours(10)));
            if (x.inspection()) {
                vigil.guard().inspections().create(officer, new InspectionDetails(contract.id().value(),
                        site.id().value(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), "associate",
                        List.of(new ChecklistResult(CheckItem.UNIFORM, x.day() % 2 == 0, Optional.empty())), List.of(),
                        List.of()));
            } else {
                vigil.guard().issues().create(officer, new IssueDetails(contract.id().value(), IssueType.IMPROPER_UNIFORM,
                        "GATE", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), BigDecimal.ZERO, null,
                        new Evidence(EvidenceKind.REPORT, "report"), "no jacket"));
            }
        }
        if (!reviewed) {
            review(vigil, officer, clock, contract);
        }
        List<Bill> billsByDay = bills.stream().sorted(Comparator.comparingInt(Bill::day)).toList();
        List<Invoice> submitted = new ArrayList<>();
        for (int i = 0; i < billsByDay.size(); i++) {
            clock.set(day(billsByDay.get(i).day()).plus(Duration.ofHours(9)));
            submitted.add(vigil.guard().invoices().create(officer, new InvoiceDetails(contract.id().value(), "INV-" + i,
                    LocalDate.parse("2026-01-05").plusDays(i), LocalDate.parse("2026-01-05").plusDays(i),
                    List.of(new InvoiceLine("GATE", new BigDecimal("8"), new BigDecimal("800.00"))), null)));
        }
        for (int i = 0; i < billsByDay.size(); i++) {
            if (billsByDay.get(i).decidedAfter() >= 0) {
                clock.set(day(billsByDay.get(i).day() + billsByDay.get(i).decidedAfter()).plus(Duration.ofHours(15)));
                Invoice current = vigil.guard().invoices().get(officer, submitted.get(i).id());
                vigil.guard().invoices().certify(officer, current.id(), current.version(), new CertifyDetails(List.of()));
            }
        }
        // residences, each surveyed on its days
        for (List<Survey> surveys : residences) {
            clock.set(day(0));
            Facility f = vigil.risk().facilities().create(officer, new FacilityDetails("Residence", FacilityKind.RESIDENCE,
                    "Lomas", GeoPoint.of(19.42, -99.21), null, List.of()));
            for (Survey s : surveys.stream().sorted(Comparator.comparingInt(Survey::day)).toList()) {
                clock.set(day(s.day()).plus(Duration.ofHours(11)));
                f = vigil.risk().facilities().recordSurvey(officer, f.id(), f.version(), new ResidenceSurvey(
                        clock.instant(), "associate", List.of(new ChecklistItem("Safe room", s.compliant(), null))));
            }
        }
        // assessments, each approved on its day or left in draft
        for (Rating r : ratings) {
            clock.set(day(0));
            List<Risk> risks = r.risks().stream().map(k -> new Risk(ThreatCategory.CRIME, "Crime",
                    Likelihood.values()[k.likelihood()], Impact.values()[k.impact()], Treatment.CONTROL, List.of(
                    new Measure("Measure", "associate", day(k.due()), MeasureStatus.values()[k.status()])),
                    Likelihood.values()[k.likelihood()], Impact.values()[k.impact()])).toList();
            SecurityAssessment a = vigil.risk().assessments().create(officer, new AssessmentDetails("SRA", List.of(
                    GeoPoint.of(19.3, -99.3), GeoPoint.of(19.3, -99.0), GeoPoint.of(19.6, -99.0)), day(0), day(365), null,
                    risks, ProgrammeCriticality.values()[r.criticality()], null, day(180)));
            if (r.approvedOn() >= 0) {
                clock.set(day(r.approvedOn()).plus(Duration.ofHours(12)));
                a = vigil.risk().assessments().submit(officer, a.id(), a.version());
                vigil.risk().assessments().approve(officer, a.id(), a.version());
            }
        }
        clock.set(day(400));
        Instant from = day(p.from());
        Instant to = day(p.from() + p.days());
        Instant asOf = to.plus(Duration.ofDays(p.lag()));
        ReviewPeriod in = new ReviewPeriod(from, to, asOf);
        ProgrammeReview review = vigil.review().programme().review(officer, from, to, asOf);

        ReviewSection comm = review.section("communication");
        List<Advisory> advisories = Page.all(page -> vigil.alerting().advisories().list(officer, page)).stream()
                .filter(x -> in.covers(x.validFrom())).toList();
        assertThat(comm.figure("advisories").value()).isEqualTo(advisories.size());
        for (io.vigil.alerting.domain.Severity s : io.vigil.alerting.domain.Severity.values()) {
            assertThat(comm.figure("advisories." + s).value()).isEqualTo(advisories.stream()
                    .filter(x -> x.severity() == s).count());
        }

        ReviewSection guard = review.section("guardForce");
        List<PerformanceIssue> issues = Page.all(page -> vigil.guard().issues().list(officer, page));
        assertThat(guard.figure("issuesRaised").value()).isEqualTo(issues.stream()
                .filter(x -> in.covers(x.recordedAt())).count());
        List<PerformanceReview> reviews = Page.all(page -> vigil.guard().reviews().list(officer, page)).stream()
                .filter(x -> in.covers(x.reviewedAt())).toList();
        assertThat(guard.figure("performanceReviewsHeld").value()).isEqualTo(reviews.size());
        assertThat(guard.figure("issuesReviewed").value()).isEqualTo(reviews.stream().flatMap(x -> x.issues().stream())
                .map(PerformanceReviewIssue::issue).distinct().count());
        List<Inspection> inspections = Page.all(page -> vigil.guard().inspections().list(officer, page)).stream()
                .filter(x -> in.covers(x.at().toInstant(ZoneOffset.UTC))).toList();
        assertThat(guard.figure("inspectionsDone").value()).isEqualTo(inspections.size());
        assertThat(guard.figure("inspectionsFailed").value()).isEqualTo(inspections.stream()
                .filter(x -> x.checklist().stream().anyMatch(c -> !c.passed())).count());
        List<Invoice> invoices = Page.all(page -> vigil.guard().invoices().list(officer, page));
        assertThat(guard.figure("invoicesSubmitted").value()).isEqualTo(invoices.stream()
                .filter(x -> in.covers(x.submittedAt())).count());
        assertThat(guard.figure("invoicesRefused").value()).isEqualTo(invoices.stream()
                .filter(x -> x.decision().filter(d -> !d.certified() && in.covers(d.at())).isPresent()).count());
        assertThat(guard.figure("invoicesCertified").value()).as("none has a roster").isZero();
        assertThat(guard.figure("invoicesWaiting").value()).isEqualTo(invoices.stream()
                .filter(x -> in.covers(x.submittedAt()) && x.decision().filter(d -> !d.at().isAfter(asOf)).isEmpty())
                .count());
        assertThat(guard.figures()).noneMatch(f -> f.key().startsWith("amountCertified."));

        ReviewSection risk = review.section("risk");
        List<Facility> homes = Page.all(page -> vigil.risk().facilities().list(officer, page)).stream()
                .filter(f -> f.kind() == FacilityKind.RESIDENCE).toList();
        long never = homes.stream().filter(f -> f.surveys().stream().allMatch(s -> s.surveyedAt().isAfter(asOf)))
                .count();
        long compliant = homes.stream().filter(f -> f.surveys().stream().filter(s -> !s.surveyedAt().isAfter(asOf))
                .reduce((x, y) -> y).map(ResidenceSurvey::compliant).orElse(false)).count();
        assertThat(risk.figure("residencesSurveyDue").value()).isEqualTo(never);
        assertThat(risk.figure("residencesCompliant").value()).isEqualTo(compliant);
        assertThat(risk.figure("residencesNonCompliant").value()).isEqualTo(homes.size() - never - compliant);
        List<SecurityAssessment> all = Page.all(page -> vigil.risk().assessments().list(officer, page));
        List<SecurityAssessment> inForce = all.stream().filter(x -> x.approvedAt().filter(t -> !t.isAfter(asOf))
                .isPresent()).toList();
        assertThat(risk.figure("assessmentsInForce").value()).isEqualTo(inForce.size());
        assertThat(risk.figure("assessmentsNotApproved").value()).isEqualTo(all.size() - inForce.size());
        assertThat(risk.figure("reviewsOverdue").value()).as("every review falls due on day 180").isEqualTo(
                day(180).isAfter(asOf) ? 0 : inForce.size());
        long above = 0;
        long approval = 0;
        long done = 0;
        long overdue = 0;
        long planned = 0;
        long cancelled = 0;
        for (SecurityAssessment x : inForce) {
            int needed = x.criticality().ordinal() + 1;
            for (Risk k : x.risks()) {
                int level = MATRIX[k.residualLikelihood().ordinal()][k.residualImpact().ordinal()];
                if (PROCEED[level] < needed) {
                    above++;
                } else if (APPROVAL[level]) {
                    approval++;
                }
                for (Measure m : k.measures()) {
                    switch (m.status()) {
                        case IMPLEMENTED -> done++;
                        case CANCELLED -> cancelled++;
                        default -> {
                            if (m.due().isAfter(asOf)) {
                                planned++;
                            } else {
                                overdue++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(risk.figure("risksAboveAcceptable").value()).isEqualTo(above);
        assertThat(risk.figure("risksNeedingApproval").value()).isEqualTo(approval);
        assertThat(risk.figure("measuresImplemented").value()).isEqualTo(done);
        assertThat(risk.figure("measuresPlanned").value()).isEqualTo(planned);
        assertThat(risk.figure("measuresOverdue").value()).isEqualTo(overdue);
        assertThat(risk.figure("measuresCancelled").value()).isEqualTo(cancelled);
    }

    /** A performance review of days 0 to 99, made at the clock's next day 150 or later. */
    private static void review(InMemoryVigil vigil, Actor officer, MutableClock clock, GuardContract contract) {
        clock.set(day(150).isAfter(clock.instant()) ? day(150) : clock.instant().plus(Duration.ofHours(1)));
        vigil.guard().reviews().create(officer, new PerformanceReviewDetails(contract.id().value(),
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-04-10"), null, null));
    }

    private static Instant day(int n) {
        return BASE.plus(Duration.ofDays(n));
    }
}
