package io.vigil.guard.domain;

import static io.vigil.guard.domain.GuardExamples.MARCH_1;
import static io.vigil.guard.domain.GuardExamples.MARCH_31;
import static io.vigil.guard.domain.GuardExamples.d;
import static io.vigil.guard.domain.GuardExamples.guard;
import static io.vigil.guard.domain.GuardExamples.issue;
import static io.vigil.guard.domain.GuardExamples.shift;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Invoice certification on the March 2026 example, every figure worked out by hand in the comments.
 *
 * <p>Day gate: 12 h × 31 days × 1 guard = 372 h scheduled; 12 h unfilled on 4 March (absence) →
 * 360 h payable, of which 12 h on the holiday of 16 March. Amount: 348 × 150.00 = 52,200.00 plus
 * 12 × 150.00 × 2.0 = 3,600.00 → 55,800.00. Damages on 4 March (0 of 12 h, below 95 %):
 * 2 × 150.00 × 12 = 3,600.00.
 *
 * <p>Night patrol: 12 h × 31 × 2 guards = 744 h; on 10 March guard B-2 stood 12 h with FIREARMS
 * expired on 9 March (unfilled), on 20 March the relief came 0.5 h late → 731.5 h payable, 24 h of
 * them on 16 March. Amount: (731.5 − 24) × 175.50 = 707.5 × 175.50 = 124,166.25 plus
 * 24 × 175.50 × 2.0 = 8,424.00 → 132,590.25. Damages on 10 March (12 of 24 h, below 22.8 h):
 * 2 × 175.50 × 12 = 4,212.00; none on 20 March (23.5 h ≥ 22.8 h). Sleeping on post on 12 March is
 * the 2nd occurrence within 12 months (1 December 2025; 1 February 2025 is outside the window):
 * 2,500.00.
 *
 * <p>Gross 55,800.00 + 132,590.25 = 188,390.25; deducted 3,600.00 + 4,212.00 + 2,500.00 = 10,312.00;
 * payable 178,078.25.
 */
class InvoiceCertificationTest {
    private final GuardContract contract = GuardExamples.contract();
    private final Roster roster = GuardExamples.roster(MARCH_1, MARCH_31, List.of(
                    guard("B-1"), guard("B-2", new Qualification("FIREARMS", LocalDate.parse("2026-03-09")))),
            List.of(shift("B-2", "IBRD-NIGHT", "2026-03-10T19:00", "2026-03-11T07:00"),
                    shift("B-1", "IBRD-GATE", "2026-03-11T07:00", "2026-03-11T15:00")));
    private final List<PerformanceIssue> issues = List.of(
            issue(IssueType.POST_UNFILLED, "IBRD-GATE", "2026-03-04", "12", "INS-1"),
            issue(IssueType.LATE_RELIEF, "IBRD-NIGHT", "2026-03-20", "0.5", "INS-2"),
            issue(IssueType.SLEEPING_ON_POST, "IBRD-NIGHT", "2025-02-01", "0", "INS-0"),
            issue(IssueType.SLEEPING_ON_POST, "IBRD-NIGHT", "2025-12-01", "0", "INS-3"),
            issue(IssueType.SLEEPING_ON_POST, "IBRD-NIGHT", "2026-03-12", "0", "INS-4"));

    private CertificationReport check(InvoiceLine... lines) {
        return InvoiceCertification.check(contract, Optional.of(GuardExamples.mexico()), Optional.of(roster), issues,
                GuardExamples.invoice(MARCH_1, MARCH_31, Optional.of(roster.id()), lines));
    }

    @Test
    void the_expected_lines_deductions_and_totals_are_those_worked_out_by_hand() {
        CertificationReport report = check(new InvoiceLine("IBRD-GATE", d("360"), d("55800.00")),
                new InvoiceLine("IBRD-NIGHT", d("731.5"), d("132590.25")));
        ExpectedLine gate = report.expected().get(0);
        ExpectedLine night = report.expected().get(1);
        assertThat(gate.scheduledHours()).isEqualByComparingTo("372");
        assertThat(gate.hours()).isEqualByComparingTo("360");
        assertThat(gate.holidayHours()).isEqualByComparingTo("12");
        assertThat(gate.amount()).isEqualTo(d("55800.00"));
        assertThat(gate.deducted()).isEqualTo(d("3600.00"));
        assertThat(night.scheduledHours()).isEqualByComparingTo("744");
        assertThat(night.hours()).isEqualByComparingTo("731.5");
        assertThat(night.holidayHours()).isEqualByComparingTo("24");
        assertThat(night.amount()).isEqualTo(d("132590.25"));
        assertThat(night.deducted()).isEqualTo(d("6712.00"));
        assertThat(report.deductions()).extracting(Deduction::kind, Deduction::post, Deduction::date, Deduction::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Deduction.Kind.LIQUIDATED_DAMAGES, "IBRD-GATE",
                                LocalDate.parse("2026-03-04"), d("3600.00")),
                        org.assertj.core.groups.Tuple.tuple(Deduction.Kind.LIQUIDATED_DAMAGES, "IBRD-NIGHT",
                                LocalDate.parse("2026-03-10"), d("4212.00")),
                        org.assertj.core.groups.Tuple.tuple(Deduction.Kind.PENALTY, "IBRD-NIGHT",
                                LocalDate.parse("2026-03-12"), d("2500.00")));
        assertThat(report.gross()).isEqualTo(d("188390.25"));
        assertThat(report.deducted()).isEqualTo(d("10312.00"));
        assertThat(report.payable()).isEqualTo(d("178078.25"));
        assertThat(report.differences()).isEmpty();
        assertThat(gate.notes()).contains("12 h unfilled on 2026-03-04 (post unfilled, inspection INS-1)",
                "2026-03-16 is a public holiday (Natalicio de Benito Juárez): 12 h at 2.0 × 150.00");
        assertThat(night.notes()).contains(
                "12 h on 2026-03-10 stood by guard B-2 without a valid FIREARMS (expired 2026-03-09), counted as unfilled");
    }

    @Test
    void an_invoice_over_billing_the_public_holiday_is_rejected_naming_the_line_and_why() {
        // the vendor billed the 12 h of 16 March at 3 × instead of 2 ×: 12 × 150.00 = 1,800.00 too much
        CertificationReport report = check(new InvoiceLine("IBRD-GATE", d("360"), d("57600.00")),
                new InvoiceLine("IBRD-NIGHT", d("731.5"), d("132590.25")));
        assertThat(report.differences()).hasSize(1);
        LineDifference diff = report.differences().get(0);
        assertThat(diff.post()).isEqualTo("IBRD-GATE");
        assertThat(diff.expectedAmount()).contains(d("55800.00"));
        assertThat(diff.invoicedAmount()).contains(d("57600.00"));
        assertThat(diff.reasons()).contains("amount over by 1800.00 MXN",
                "2026-03-16 is a public holiday (Natalicio de Benito Juárez): 12 h at 2.0 × 150.00");
    }

    @Test
    void hours_invoiced_for_an_unfilled_day_are_a_difference_naming_the_day_and_its_evidence() {
        CertificationReport report = check(new InvoiceLine("IBRD-GATE", d("372"), d("57600.00")),
                new InvoiceLine("IBRD-NIGHT", d("731.5"), d("132590.25")));
        assertThat(report.differences()).singleElement().satisfies(diff -> {
            assertThat(diff.reasons().get(0)).isEqualTo("12 h more than the 360 h payable (372 h scheduled, 12 h unfilled)");
            assertThat(diff.sentence()).contains("12 h unfilled on 2026-03-04 (post unfilled, inspection INS-1)");
        });
    }

    @Test
    void a_missing_line_and_a_line_for_no_post_are_both_differences() {
        CertificationReport report = check(new InvoiceLine("IBRD-GATE", d("360"), d("55800.00")),
                new InvoiceLine("IFC-LOBBY", d("10"), d("1500.00")));
        assertThat(report.differences()).extracting(LineDifference::post).containsExactly("IBRD-NIGHT", "IFC-LOBBY");
        assertThat(report.differences().get(0).reasons()).startsWith("the invoice has no line for this post");
        assertThat(report.differences().get(1).reasons()).containsExactly("not a post of contract WBG-MX-2025-014");
    }

    @Test
    void a_tolerance_lets_a_line_differ_by_at_most_that_amount_never_in_hours() {
        GuardContract tolerant = GuardExamples.contract(List.of(GuardExamples.dayGate()),
                new CertificationTerms(d("0.95"), d("2"), d("0.50")));
        Invoice within = GuardExamples.invoice(MARCH_1, MARCH_1, Optional.empty(),
                new InvoiceLine("IBRD-GATE", d("12"), d("1800.50")));
        Invoice beyond = GuardExamples.invoice(MARCH_1, MARCH_1, Optional.empty(),
                new InvoiceLine("IBRD-GATE", d("12"), d("1800.51")));
        Invoice hoursOff = GuardExamples.invoice(MARCH_1, MARCH_1, Optional.empty(),
                new InvoiceLine("IBRD-GATE", d("12.25"), d("1800.00")));
        assertThat(InvoiceCertification.check(tolerant, Optional.empty(), Optional.empty(), List.of(), within)
                .differences()).isEmpty();
        assertThat(InvoiceCertification.check(tolerant, Optional.empty(), Optional.empty(), List.of(), beyond)
                .differences()).singleElement().satisfies(diff -> assertThat(diff.reasons())
                .contains("amount over by 0.51 MXN (tolerance 0.50)"));
        assertThat(InvoiceCertification.check(tolerant, Optional.empty(), Optional.empty(), List.of(), hoursOff)
                .differences()).hasSize(1);
    }

    @Test
    void each_line_is_rounded_half_up_to_the_minor_unit() {
        // 1 h at 10.005 is 10.01 (half up), at 10.0049 it is 10.00; JPY has no minor unit: 3 h × 100.5 = 301.5 → 302
        Post odd = new Post("P", "p", UUID.randomUUID(), List.of(new ShiftWindow(GuardExamples.EVERY_DAY,
                LocalTime.of(8, 0), LocalTime.of(9, 0))), 1, false, List.of(), d("10.005"), d("2.0"));
        Post lower = new Post("Q", "q", UUID.randomUUID(), List.of(new ShiftWindow(GuardExamples.EVERY_DAY,
                LocalTime.of(8, 0), LocalTime.of(9, 0))), 1, false, List.of(), d("10.0049"), d("2.0"));
        GuardContract c = GuardExamples.contract(List.of(odd, lower), CertificationTerms.STANDARD);
        CertificationReport report = InvoiceCertification.check(c, Optional.empty(), Optional.empty(), List.of(),
                GuardExamples.invoice(MARCH_1, MARCH_1, Optional.empty(), new InvoiceLine("P", d("1"), d("10.01")),
                        new InvoiceLine("Q", d("1"), d("10.00"))));
        assertThat(report.expected()).extracting(ExpectedLine::amount).containsExactly(d("10.01"), d("10.00"));
        assertThat(report.differences()).isEmpty();
        Post yen = new Post("Y", "y", UUID.randomUUID(), List.of(new ShiftWindow(GuardExamples.EVERY_DAY,
                LocalTime.of(8, 0), LocalTime.of(11, 0))), 1, false, List.of(), d("100.5"), d("2.0"));
        GuardContract inYen = new GuardContract(GuardExamples.CONTRACT, GuardExamples.OFFICE, 0, "R", "V", "v", c.procurement(),
                c.start(), c.end(), List.of(), java.util.Currency.getInstance("JPY"), 0, "MX", List.of(yen), List.of(),
                CertificationTerms.STANDARD, 30);
        assertThat(InvoiceCertification.check(inYen, Optional.empty(), Optional.empty(), List.of(),
                GuardExamples.invoice(MARCH_1, MARCH_1, Optional.empty(), new InvoiceLine("Y", d("3"), d("302"))))
                .expected().get(0).amount()).isEqualTo(new BigDecimal("302"));
    }

    @Test
    void the_roster_and_every_labour_violation_must_be_settled_before_certifying() {
        CertificationReport report = check(new InvoiceLine("IBRD-GATE", d("360"), d("55800.00")),
                new InvoiceLine("IBRD-NIGHT", d("731.5"), d("132590.25")));
        // B-2 stood 19:00-07:00: 10 of its 12 h fall between 20:00 and 06:00, a night shift, over 7 + 3 h
        assertThat(report.violations()).extracting(LabourViolation::key)
                .containsExactly("SHIFT_LENGTH:B-2:2026-03-10");
        assertThat(report.refusals(List.of())).singleElement().asString()
                .contains("SHIFT_LENGTH", "B-2", "night shift of 12 h", "exceeds 7 h plus 3 h overtime = 10 h");
        ViolationWaiver waived = new ViolationWaiver("SHIFT_LENGTH:B-2:2026-03-10", "double shift during the march; paid as overtime",
                "officer", Instant.parse("2026-04-02T10:00:00Z"));
        assertThat(report.refusals(List.of(waived))).isEmpty();
        CertificationReport unrostered = InvoiceCertification.check(contract, Optional.of(GuardExamples.mexico()),
                Optional.empty(), issues, GuardExamples.invoice(MARCH_1, MARCH_31, Optional.empty(),
                        new InvoiceLine("IBRD-GATE", d("360"), d("55800.00"))));
        assertThat(unrostered.refusals(List.of())).contains("no roster is attached to invoice F-2026-03");
    }

    @Test
    void a_rate_below_the_minimum_daily_wage_is_a_violation_naming_the_post_and_values() {
        // 39.00 × 8 h = 312.00 MXN a day < 315.04
        Post cheap = new Post("CHEAP", "c", UUID.randomUUID(), List.of(new ShiftWindow(GuardExamples.EVERY_DAY,
                LocalTime.of(8, 0), LocalTime.of(16, 0))), 1, false, List.of(), d("39.00"), d("2.0"));
        CertificationReport report = InvoiceCertification.check(GuardExamples.contract(List.of(cheap),
                CertificationTerms.STANDARD), Optional.of(GuardExamples.mexico()), Optional.empty(), List.of(),
                GuardExamples.invoice(MARCH_1, MARCH_1, Optional.empty(), new InvoiceLine("CHEAP", d("8"), d("312.00"))));
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.key()).isEqualTo("MINIMUM_WAGE:post CHEAP:2026-03-01");
            assertThat(v.values()).isEqualTo("rate 39.00 × 8 h = 312.00 MXN a day, below the minimum daily wage of"
                    + " 315.04 MXN in force since 2026-01-01 (general)");
        });
    }

    @Test
    void occurrences_count_within_the_rolling_window_and_reset_after_it() {
        PerformanceIssue first = issue(IssueType.SLEEPING_ON_POST, "IBRD-NIGHT", "2025-01-10", "0", "A");
        PerformanceIssue second = issue(IssueType.SLEEPING_ON_POST, "IBRD-NIGHT", "2025-06-10", "0", "B");
        PerformanceIssue third = issue(IssueType.SLEEPING_ON_POST, "IBRD-NIGHT", "2026-01-09", "0", "C");
        PerformanceIssue late = issue(IssueType.SLEEPING_ON_POST, "IBRD-NIGHT", "2026-06-11", "0", "D");
        PerformanceIssue other = issue(IssueType.IMPROPER_UNIFORM, "IBRD-NIGHT", "2026-01-08", "0", "E");
        List<PerformanceIssue> all = List.of(first, second, third, late, other);
        assertThat(InvoiceCertification.occurrence(first, all, 12)).isEqualTo(1);
        assertThat(InvoiceCertification.occurrence(second, all, 12)).isEqualTo(2);
        assertThat(InvoiceCertification.occurrence(third, all, 12)).as("10 Jan 2025 is within 12 months of 9 Jan 2026")
                .isEqualTo(3);
        assertThat(InvoiceCertification.occurrence(late, all, 12)).as("only 9 Jan 2026 is within 12 months").isEqualTo(2);
        assertThat(sleeping(4).removal()).isTrue();
        assertThat(sleeping(7).amount()).as("beyond the last step, the last step").isEqualByComparingTo("10000");
    }

    private static DeductionStep sleeping(int occurrence) {
        return GuardExamples.sleeping().step(occurrence);
    }
}
