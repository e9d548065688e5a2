package io.vigil.testkit.generators;

import io.vigil.guard.domain.CertificationTerms;
import io.vigil.guard.domain.CheckItem;
import io.vigil.guard.domain.ChecklistResult;
import io.vigil.guard.domain.DeductionRule;
import io.vigil.guard.domain.DeductionStep;
import io.vigil.guard.domain.Evidence;
import io.vigil.guard.domain.ExtensionDecision;
import io.vigil.guard.domain.EvidenceKind;
import io.vigil.guard.domain.Extension;
import io.vigil.guard.domain.Guard;
import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.Inspection;
import io.vigil.guard.domain.InspectionId;
import io.vigil.guard.domain.Invoice;
import io.vigil.guard.domain.InvoiceDecision;
import io.vigil.guard.domain.InvoiceId;
import io.vigil.guard.domain.InvoiceLine;
import io.vigil.guard.domain.IssueId;
import io.vigil.guard.domain.IssueType;
import io.vigil.guard.domain.LabourStandards;
import io.vigil.guard.domain.MinimumWage;
import io.vigil.guard.domain.PerformanceIssue;
import io.vigil.guard.domain.PerformanceReview;
import io.vigil.guard.domain.PerformanceReviewId;
import io.vigil.guard.domain.PerformanceReviewInspection;
import io.vigil.guard.domain.PerformanceReviewIssue;
import io.vigil.guard.domain.Post;
import io.vigil.guard.domain.ProcurementRecord;
import io.vigil.guard.domain.PublicHoliday;
import io.vigil.guard.domain.Qualification;
import io.vigil.guard.domain.Roster;
import io.vigil.guard.domain.RosterId;
import io.vigil.guard.domain.Shift;
import io.vigil.guard.domain.ShiftWindow;
import io.vigil.guard.domain.StandardsId;
import io.vigil.guard.domain.ViolationWaiver;
import io.vigil.kernel.OfficeId;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** QuickTheories generators for the guard-force context: each aggregate drawn whole from one seed. */
public final class GuardGenerators {
    private static final String[] CURRENCIES = {"MXN", "USD", "XAF", "JPY", "EUR"};
    private static final LocalDate BASE = LocalDate.parse("2025-01-01");

    private GuardGenerators() {
    }

    private static <T> Gen<T> seeded(OfficeId office, BiFunction<OfficeId, Random, T> build) {
        return SourceDSL.longs().all().map(seed -> build.apply(office, new Random(seed)));
    }

    private static UUID uuid(Random r) {
        return new UUID(r.nextLong(), r.nextLong());
    }

    private static BigDecimal money(Random r, int scale) {
        return BigDecimal.valueOf(1 + r.nextInt(1_000_000), scale);
    }

    private static LocalTime quarter(Random r) {
        return LocalTime.MIDNIGHT.plusMinutes(15L * r.nextInt(96));
    }

    private static String text(Random r, String prefix) {
        return prefix + " " + Integer.toString(r.nextInt(1_000_000), 36);
    }

    /** Posts at random sites with one or two windows (some overnight). */
    public static Post post(Random r, String code) {
        List<ShiftWindow> windows = new ArrayList<>();
        for (int w = 0, n = 1 + r.nextInt(2); w < n; w++) {
            List<DayOfWeek> days = new ArrayList<>();
            for (DayOfWeek d : DayOfWeek.values()) {
                if (r.nextBoolean()) {
                    days.add(d);
                }
            }
            if (days.isEmpty()) {
                days.add(DayOfWeek.of(1 + r.nextInt(7)));
            }
            LocalTime start = quarter(r);
            windows.add(new ShiftWindow(days, start, start.plusMinutes(15L * (1 + r.nextInt(64)))));
        }
        return new Post(code, text(r, "post"), uuid(r), windows, 1 + r.nextInt(4), r.nextBoolean(),
                r.nextBoolean() ? List.of("FIREARMS") : List.of(), money(r, r.nextInt(5)),
                BigDecimal.valueOf(10 + r.nextInt(21), 1));
    }

    /** Contracts with one to three posts, perhaps extended, a deduction rule and terms. */
    public static Gen<GuardContract> contracts(OfficeId office) {
        return seeded(office, (o, r) -> {
            LocalDate start = BASE.plusDays(r.nextInt(400));
            LocalDate end = start.plusMonths(6 + r.nextInt(30));
            List<Extension> extensions = r.nextBoolean() ? List.of()
                    : List.of(new Extension(end.plusMonths(12), text(r, "AMD")));
            List<Post> posts = new ArrayList<>();
            for (int p = 0, n = 1 + r.nextInt(3); p < n; p++) {
                posts.add(post(r, "P" + p));
            }
            return new GuardContract(GuardContractId.random(), o, 0, text(r, "WBG"), text(r, "Vendor"),
                    text(r, "vendor"), new ProcurementRecord("request for proposals", r.nextInt(9), "lowest evaluated cost",
                    text(r, "award"), start.minusDays(20)), start, end, extensions,
                    Currency.getInstance(CURRENCIES[r.nextInt(CURRENCIES.length)]), r.nextInt(7), "MX", posts,
                    List.of(new DeductionRule(IssueType.SLEEPING_ON_POST, 12, List.of(
                            new DeductionStep(1, BigDecimal.ZERO, false, "warning"),
                            new DeductionStep(2, money(r, 2), true, "removal")))),
                    new CertificationTerms(BigDecimal.valueOf(r.nextInt(101), 2), BigDecimal.valueOf(r.nextInt(5)),
                            BigDecimal.valueOf(r.nextInt(100), 2)), 1 + r.nextInt(90));
        });
    }

    /** Labour standards of a random country, some limits left out, with wages and holidays. */
    public static Gen<LabourStandards> standards(OfficeId office) {
        return seeded(office, (o, r) -> new LabourStandards(StandardsId.random(), o, 0,
                "" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)), text(r, "labour code"),
                hours(r), hours(r), hours(r), hours(r), r.nextBoolean() ? Optional.of(r.nextInt(8)) : Optional.empty(),
                hours(r), hours(r), quarter(r), quarter(r), BigDecimal.valueOf(r.nextInt(49), 1),
                List.of(new MinimumWage(BASE.plusDays(r.nextInt(700)), money(r, 2), Currency.getInstance("MXN"),
                        "general")),
                List.of(new PublicHoliday(BASE.plusDays(r.nextInt(300)), "holiday one"),
                        new PublicHoliday(BASE.plusDays(300 + r.nextInt(300)), "holiday two"))));
    }

    private static Optional<BigDecimal> hours(Random r) {
        return r.nextInt(4) == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(r.nextInt(1000), 1));
    }

    /** Rosters of a random contract: a few guards and shifts within the period. */
    public static Gen<Roster> rosters(OfficeId office) {
        return seeded(office, (o, r) -> {
            LocalDate from = BASE.plusDays(r.nextInt(600));
            LocalDate to = from.plusDays(r.nextInt(31));
            List<Guard> guards = List.of(new Guard("B-1", text(r, "Guard"), List.of(new Qualification("FIREARMS",
                    to.plusDays(r.nextInt(400) - 200)))), new Guard("B-2", text(r, "Guard"), List.of()));
            List<Shift> shifts = new ArrayList<>();
            for (int s = 0, n = r.nextInt(20); s < n; s++) {
                LocalDateTime start = from.plusDays(r.nextInt(1 + (int) (to.toEpochDay() - from.toEpochDay())))
                        .atTime(quarter(r));
                shifts.add(new Shift(r.nextBoolean() ? "B-1" : "B-2", "P" + r.nextInt(3), start,
                        start.plusMinutes(15L * (1 + r.nextInt(64)))));
            }
            return new Roster(RosterId.random(), o, 0, new GuardContractId(uuid(r)), from, to, guards, shifts,
                    text(r, "vendor"), Instant.ofEpochSecond(1_700_000_000L + r.nextInt(100_000_000)));
        });
    }

    /** Invoices of a random contract, some with a roster, some decided. */
    public static Gen<Invoice> invoices(OfficeId office) {
        return seeded(office, (o, r) -> {
            LocalDate from = BASE.plusDays(r.nextInt(600));
            List<InvoiceLine> lines = new ArrayList<>();
            for (int l = 0, n = 1 + r.nextInt(3); l < n; l++) {
                lines.add(new InvoiceLine("P" + l, BigDecimal.valueOf(r.nextInt(100_000), 2), money(r, 2)));
            }
            Instant at = Instant.ofEpochSecond(1_700_000_000L + r.nextInt(100_000_000));
            Optional<InvoiceDecision> decision = r.nextBoolean() ? Optional.empty()
                    : Optional.of(r.nextBoolean()
                    ? new InvoiceDecision(true, "officer", at, money(r, 2), List.of(new ViolationWaiver("SHIFT_LENGTH:B-1:"
                    + from, "accepted", "officer", at)), List.of())
                    : new InvoiceDecision(false, "officer", at, money(r, 2), List.of(), List.of(text(r, "post P0"))));
            return new Invoice(InvoiceId.random(), o, 0, new GuardContractId(uuid(r)), text(r, "F"), from,
                    from.plusDays(r.nextInt(31)), lines, r.nextBoolean() ? Optional.of(new RosterId(uuid(r)))
                    : Optional.empty(), text(r, "vendor"), at, decision);
        });
    }

    /** Performance issues of a random contract. */
    public static Gen<PerformanceIssue> issues(OfficeId office) {
        IssueType[] types = IssueType.values();
        return seeded(office, (o, r) -> new PerformanceIssue(IssueId.random(), o, 0, new GuardContractId(uuid(r)),
                types[r.nextInt(types.length)], "P" + r.nextInt(3), BASE.plusDays(r.nextInt(700)),
                BigDecimal.valueOf(r.nextInt(4800), 2), r.nextBoolean() ? Optional.of("B-" + r.nextInt(9))
                : Optional.empty(), new Evidence(r.nextBoolean() ? EvidenceKind.INSPECTION : EvidenceKind.REPORT,
                text(r, "ref")), text(r, "seen"), text(r, "associate"),
                Instant.ofEpochSecond(1_700_000_000L + r.nextInt(100_000_000))));
    }

    /** Inspections of a random contract and site. */
    public static Gen<Inspection> inspections(OfficeId office) {
        CheckItem[] items = CheckItem.values();
        return seeded(office, (o, r) -> {
            List<ChecklistResult> checklist = new ArrayList<>();
            for (CheckItem item : items) {
                if (r.nextBoolean()) {
                    checklist.add(new ChecklistResult(item, r.nextBoolean(), r.nextBoolean() ? Optional.of(text(r, "note"))
                            : Optional.empty()));
                }
            }
            return new Inspection(InspectionId.random(), o, 0, new GuardContractId(uuid(r)), uuid(r),
                    BASE.plusDays(r.nextInt(700)).atTime(quarter(r)).plusSeconds(r.nextInt(60)), text(r, "inspector"),
                    checklist, r.nextBoolean() ? List.of(text(r, "finding")) : List.of(),
                    r.nextBoolean() ? List.of(text(r, "photo")) : List.of());
        });
    }

    /** Performance reviews of a random contract, with gathered issues and inspections, a response or none, any decision. */
    public static Gen<PerformanceReview> reviews(OfficeId office) {
        IssueType[] types = IssueType.values();
        CheckItem[] items = CheckItem.values();
        ExtensionDecision[] decisions = ExtensionDecision.values();
        return seeded(office, (o, r) -> {
            LocalDate from = BASE.plusDays(r.nextInt(700));
            LocalDate to = from.plusDays(r.nextInt(PerformanceReview.MAX_DAYS));
            List<PerformanceReviewIssue> issues = new ArrayList<>();
            for (int i = r.nextInt(3); i > 0; i--) {
                issues.add(new PerformanceReviewIssue(IssueId.random(), types[r.nextInt(types.length)], "P" + r.nextInt(3),
                        from.plusDays(r.nextInt(30)), BigDecimal.valueOf(r.nextInt(4800), 2), 1 + r.nextInt(4),
                        BigDecimal.valueOf(r.nextInt(500_000), 2), r.nextBoolean()));
            }
            List<PerformanceReviewInspection> inspections = new ArrayList<>();
            for (int i = r.nextInt(3); i > 0; i--) {
                inspections.add(new PerformanceReviewInspection(InspectionId.random(), uuid(r),
                        from.atTime(quarter(r)), r.nextInt(6), r.nextBoolean() ? List.of(items[r.nextInt(items.length)])
                        : List.of(), r.nextInt(5)));
            }
            ExtensionDecision decision = decisions[r.nextInt(decisions.length)];
            return new PerformanceReview(PerformanceReviewId.random(), o, 0, new GuardContractId(uuid(r)), from, to,
                    issues, inspections, PerformanceReview.deducted(issues),
                    r.nextBoolean() ? Optional.of(text(r, "response")) : Optional.empty(), decision,
                    decision == ExtensionDecision.UNDECIDED && r.nextBoolean() ? List.of() : List.of(text(r, "reason")),
                    text(r, "officer"), Instant.ofEpochSecond(1_700_000_000L + r.nextInt(100_000_000)));
        });
    }
}
