package io.vigil.guard.domain;

import static io.vigil.guard.domain.GuardExamples.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of the certification arithmetic over random contracts, periods, holidays, issues and
 * rosters: an invoice made of the expected lines is certified; moving any one line by one minor
 * unit (either way) fails naming exactly that line; deductions never take a line below zero.
 */
class InvoiceCertificationProperties {

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261202L)).withExamples(120);
    }

    /** One random case: everything the check reads, drawn from one seed so a failure reproduces. */
    record Case(GuardContract contract, LabourStandards standards, Roster roster, List<PerformanceIssue> issues,
                LocalDate from, LocalDate to) {
        Invoice invoice(List<InvoiceLine> lines) {
            return GuardExamples.invoice(from, to, Optional.of(roster.id()), lines.toArray(InvoiceLine[]::new));
        }

        CertificationReport check(List<InvoiceLine> lines) {
            return InvoiceCertification.check(contract, Optional.of(standards), Optional.of(roster), issues,
                    invoice(lines));
        }
    }

    private static Gen<Case> cases() {
        return SourceDSL.longs().all().map(InvoiceCertificationProperties::caseOf);
    }

    static Case caseOf(long seed) {
        Random r = new Random(seed);
        List<Post> posts = new ArrayList<>();
        int count = 1 + r.nextInt(3);
        for (int p = 0; p < count; p++) {
            List<ShiftWindow> windows = new ArrayList<>();
            for (int w = 0, n = 1 + r.nextInt(2); w < n; w++) {
                List<DayOfWeek> days = new ArrayList<>();
                for (DayOfWeek day : DayOfWeek.values()) {
                    if (r.nextInt(4) > 0) {
                        days.add(day);
                    }
                }
                if (days.isEmpty()) {
                    days.add(DayOfWeek.MONDAY);
                }
                LocalTime start = LocalTime.of(0, 0).plusMinutes(15L * r.nextInt(96));
                LocalTime end = start.plusMinutes(15L * (1 + r.nextInt(64)));
                windows.add(new ShiftWindow(days, start, end));
            }
            BigDecimal rate = BigDecimal.valueOf(1 + r.nextInt(5_000_000), r.nextInt(5)).add(BigDecimal.ONE);
            BigDecimal multiplier = BigDecimal.valueOf(10 + r.nextInt(21), 1);
            posts.add(new Post("P" + p, "post " + p, UUID.randomUUID(), windows, 1 + r.nextInt(3), r.nextBoolean(),
                    r.nextBoolean() ? List.of("FIREARMS") : List.of(), rate, multiplier));
        }
        CertificationTerms terms = new CertificationTerms(BigDecimal.valueOf(r.nextInt(101), 2),
                BigDecimal.valueOf(r.nextInt(401), 2), BigDecimal.ZERO);
        GuardContract contract = GuardExamples.contract(posts, terms);
        contract = new GuardContract(contract.id(), contract.office(), 0, contract.reference(), contract.vendor(),
                contract.vendorSubject(), contract.procurement(), contract.start(), contract.end(), List.of(),
                contract.currency(), 3, "MX", posts, List.of(GuardExamples.sleeping(),
                new DeductionRule(IssueType.POST_UNFILLED, 6, List.of(new DeductionStep(1, d("100000"), false,
                        "a deduction larger than many lines")))), terms, 30);
        LocalDate from = LocalDate.parse("2026-01-01").plusDays(r.nextInt(300));
        LocalDate to = from.plusDays(r.nextInt(31));
        List<PublicHoliday> holidays = new ArrayList<>();
        List<PerformanceIssue> issues = new ArrayList<>();
        List<Shift> shifts = new ArrayList<>();
        IssueType[] types = IssueType.values();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (r.nextInt(10) == 0) {
                holidays.add(new PublicHoliday(day, "holiday " + day));
            }
            for (Post post : posts) {
                if (r.nextInt(5) == 0) {
                    issues.add(new PerformanceIssue(IssueId.random(), GuardExamples.OFFICE, 0, contract.id(),
                            types[r.nextInt(types.length)], post.code(), day,
                            BigDecimal.valueOf(r.nextInt(97), 0).multiply(d("0.25")), Optional.empty(),
                            new Evidence(EvidenceKind.REPORT, "R-" + r.nextInt(1000)), "seen", "associate",
                            GuardExamples.NOW));
                }
                if (r.nextInt(4) == 0) {
                    LocalDateTime start = day.atTime(LocalTime.of(0, 0).plusMinutes(15L * r.nextInt(96)));
                    shifts.add(new Shift(r.nextBoolean() ? "Q" : "U", post.code(), start,
                            start.plusMinutes(15L * (1 + r.nextInt(64)))));
                }
            }
        }
        LabourStandards standards = GuardExamples.mexico(holidays);
        Roster roster = GuardExamples.roster(from, to, List.of(
                GuardExamples.guard("Q", new Qualification("FIREARMS", to)),
                GuardExamples.guard("U", new Qualification("FIREARMS", from.minusDays(1)))), shifts);
        return new Case(contract, standards, roster, issues, from, to);
    }

    private static List<InvoiceLine> expectedLines(Case c) {
        return c.check(List.of(new InvoiceLine("P0", BigDecimal.ZERO, BigDecimal.ZERO))).expected().stream()
                .map(e -> new InvoiceLine(e.post(), e.hours(), e.amount())).toList();
    }

    private static List<ViolationWaiver> waiveAll(CertificationReport report) {
        return report.violations().stream().map(v -> new ViolationWaiver(v.key(), "accepted in the test", "officer",
                GuardExamples.NOW)).toList();
    }

    @Test
    void an_invoice_built_from_the_expected_lines_is_always_certifiable() {
        qt().forAll(cases()).checkAssert(c -> {
            CertificationReport report = c.check(expectedLines(c));
            assertThat(report.differences()).isEmpty();
            assertThat(report.refusals(waiveAll(report))).isEmpty();
        });
    }

    @Test
    void moving_any_one_line_by_one_minor_unit_fails_naming_that_line() {
        qt().forAll(cases(), SourceDSL.integers().between(0, 99), SourceDSL.booleans().all()).checkAssert((c, pick, up) -> {
            List<InvoiceLine> lines = new ArrayList<>(expectedLines(c));
            int i = pick % lines.size();
            InvoiceLine line = lines.get(i);
            BigDecimal unit = BigDecimal.ONE.movePointLeft(c.contract().currency().getDefaultFractionDigits());
            BigDecimal moved = up || line.amount().signum() == 0 ? line.amount().add(unit) : line.amount().subtract(unit);
            lines.set(i, new InvoiceLine(line.post(), line.hours(), moved));
            CertificationReport report = c.check(lines);
            assertThat(report.differences()).extracting(LineDifference::post).containsExactly(line.post());
            assertThat(report.refusals(waiveAll(report))).singleElement().asString()
                    .startsWith("post " + line.post() + ": invoiced ");
        });
    }

    @Test
    void deductions_never_make_a_line_or_the_total_negative() {
        qt().forAll(cases()).checkAssert(c -> {
            CertificationReport report = c.check(expectedLines(c));
            for (ExpectedLine line : report.expected()) {
                assertThat(line.net().signum()).as("net of %s", line.post()).isGreaterThanOrEqualTo(0);
                assertThat(line.deducted()).isLessThanOrEqualTo(line.amount());
                assertThat(line.net().add(line.deducted())).isEqualByComparingTo(line.amount());
            }
            assertThat(report.payable().signum()).isGreaterThanOrEqualTo(0);
            assertThat(report.gross().subtract(report.deducted())).isEqualByComparingTo(report.payable());
        });
    }
}
