package io.vigil.guard.domain;

import io.vigil.kernel.OfficeId;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Hand-built values of the guard-force domain for its tests: the Mexico City contract of March 2026. */
final class GuardExamples {
    static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    static final Instant NOW = Instant.parse("2026-04-01T15:00:00Z");
    static final GuardContractId CONTRACT = GuardContractId.random();
    static final LocalDate MARCH_1 = LocalDate.parse("2026-03-01");
    static final LocalDate MARCH_31 = LocalDate.parse("2026-03-31");
    static final List<DayOfWeek> EVERY_DAY = List.copyOf(EnumSet.allOf(DayOfWeek.class));

    private GuardExamples() {
    }

    static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    /** The day gate, 07:00–19:00 every day, one guard at 150.00 an hour. */
    static Post dayGate() {
        return new Post("IBRD-GATE", "IBRD main gate", UUID.randomUUID(),
                List.of(new ShiftWindow(EVERY_DAY, LocalTime.of(7, 0), LocalTime.of(19, 0))), 1, false, List.of(),
                d("150.00"), d("2.0"));
    }

    /** The night patrol, 19:00–07:00 every day, two armed guards at 175.50 an hour holding FIREARMS. */
    static Post nightPatrol() {
        return new Post("IBRD-NIGHT", "IBRD perimeter, night", UUID.randomUUID(),
                List.of(new ShiftWindow(EVERY_DAY, LocalTime.of(19, 0), LocalTime.of(7, 0))), 2, true,
                List.of("FIREARMS"), d("175.50"), d("2.0"));
    }

    /** Sleeping on post: a warning, then 2,500, then 5,000 and grounds for removal from the 4th, within 12 months. */
    static DeductionRule sleeping() {
        return new DeductionRule(IssueType.SLEEPING_ON_POST, 12, List.of(
                new DeductionStep(1, d("0"), false, "warning"),
                new DeductionStep(2, d("2500"), false, "fixed deduction"),
                new DeductionStep(3, d("5000"), false, "larger deduction"),
                new DeductionStep(4, d("10000"), true, "grounds for removal")));
    }

    static GuardContract contract(List<Post> posts, CertificationTerms terms) {
        return new GuardContract(CONTRACT, OFFICE, 1, "WBG-MX-2025-014", "Protección Integral SA de CV", "vendor@pisa",
                new ProcurementRecord("request for proposals", 4, "lowest evaluated cost", "PISA", LocalDate.parse("2025-01-20")),
                LocalDate.parse("2025-02-01"), LocalDate.parse("2027-01-31"), List.of(), Currency.getInstance("MXN"), 3,
                "MX", posts, List.of(sleeping()), terms, 30);
    }

    static GuardContract contract() {
        return contract(List.of(dayGate(), nightPatrol()), CertificationTerms.STANDARD);
    }

    /** Mexico: day 8 h, night 7 h, mixed 7.5 h; 3 h overtime on at most 3 days a week; 48 h a week. */
    static LabourStandards mexico(List<PublicHoliday> holidays) {
        return new LabourStandards(StandardsId.random(), OFFICE, 1, "MX", "Ley Federal del Trabajo",
                Optional.of(d("8")), Optional.of(d("7")), Optional.of(d("7.5")), Optional.of(d("3")), Optional.of(3),
                Optional.of(d("48")), Optional.empty(), LocalTime.of(20, 0), LocalTime.of(6, 0), d("3.5"),
                List.of(new MinimumWage(LocalDate.parse("2026-01-01"), d("315.04"), Currency.getInstance("MXN"),
                        "general")), holidays);
    }

    static LabourStandards mexico() {
        return mexico(List.of(new PublicHoliday(LocalDate.parse("2026-03-16"), "Natalicio de Benito Juárez")));
    }

    /** Central African Republic: 40 h a week, at least 24 consecutive hours of weekly rest. */
    static LabourStandards centralAfrica() {
        return new LabourStandards(StandardsId.random(), OFFICE, 1, "CF", "Code du travail", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(d("40")),
                Optional.of(d("24")), LocalTime.of(20, 0), LocalTime.of(6, 0), d("3.5"), List.of(), List.of());
    }

    static PerformanceIssue issue(IssueType type, String post, String date, String hours, String evidence) {
        return new PerformanceIssue(IssueId.random(), OFFICE, 1, CONTRACT, type, post, LocalDate.parse(date), d(hours),
                Optional.empty(), new Evidence(EvidenceKind.INSPECTION, evidence), "seen", "associate", NOW);
    }

    static Shift shift(String badge, String post, String start, String end) {
        return new Shift(badge, post, LocalDateTime.parse(start), LocalDateTime.parse(end));
    }

    static Guard guard(String badge, Qualification... held) {
        return new Guard(badge, "Guard " + badge, List.of(held));
    }

    static Roster roster(LocalDate from, LocalDate to, List<Guard> guards, List<Shift> shifts) {
        return new Roster(RosterId.random(), OFFICE, 1, CONTRACT, from, to, guards, shifts, "vendor@pisa", NOW);
    }

    static Invoice invoice(LocalDate from, LocalDate to, Optional<RosterId> roster, InvoiceLine... lines) {
        return new Invoice(InvoiceId.random(), OFFICE, 1, CONTRACT, "F-2026-03", from, to, List.of(lines), roster,
                "vendor@pisa", NOW, Optional.empty());
    }
}
