package io.vigil.examples.demo.guard;

import io.vigil.examples.demo.people.DemoOffice;
import io.vigil.guard.domain.CheckItem;
import io.vigil.guard.domain.ChecklistResult;
import io.vigil.guard.domain.DeductionRule;
import io.vigil.guard.domain.DeductionStep;
import io.vigil.guard.domain.Evidence;
import io.vigil.guard.domain.EvidenceKind;
import io.vigil.guard.domain.ExtensionDecision;
import io.vigil.guard.domain.Guard;
import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.Inspection;
import io.vigil.guard.domain.Invoice;
import io.vigil.guard.domain.InvoiceLine;
import io.vigil.guard.domain.IssueType;
import io.vigil.guard.domain.MinimumWage;
import io.vigil.guard.domain.PerformanceReview;
import io.vigil.guard.domain.ProcurementRecord;
import io.vigil.guard.domain.PublicHoliday;
import io.vigil.guard.domain.Qualification;
import io.vigil.guard.domain.Roster;
import io.vigil.guard.domain.Shift;
import io.vigil.guard.domain.ShiftWindow;
import io.vigil.guard.port.in.CertifyDetails;
import io.vigil.guard.port.in.ContractDetails;
import io.vigil.guard.port.in.GuardUseCases;
import io.vigil.guard.port.in.InspectionDetails;
import io.vigil.guard.port.in.InvoiceDetails;
import io.vigil.guard.port.in.IssueDetails;
import io.vigil.guard.port.in.PerformanceReviewDetails;
import io.vigil.guard.port.in.PerformanceReviewResponse;
import io.vigil.guard.port.in.PostDetails;
import io.vigil.guard.port.in.RosterDetails;
import io.vigil.guard.port.in.StandardsDetails;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.port.in.RiskUseCases;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Mexico City offices' guard force, seeded through the use cases when the office has no guard
 * contract: Mexico's labour standards (LFT: shifts of 8, 7 and 7.5 h, 3 h of overtime on at most
 * 3 days a week, 48 h a week, 24 h of weekly rest, the 2026 minimum wage of 315.04 MXN a day and
 * the 2026–2027 holidays) and the Central African Republic's (40 h, 24 h of rest); the contract
 * with Protección Integral (posts at the IBRD and IFC offices, day and night); the vendor's roster
 * for March 2026, in which one guard stood a 12-hour day shift on 12 March; two inspections with
 * findings; a sleeping-on-post second occurrence and two unfilled hours; and two invoices for
 * March: one that over-bills the holiday of 16 March (rejected) and one that matches.
 *
 * <p>The matching invoice, by hand: IBRD-GATE 15.5 h × 31 days = 480.5 h, 15.5 of them on
 * 16 March: 465 × 95.00 + 15.5 × 95.00 × 2 = 47,120.00; IBRD-NIGHT 7 h × 2 guards × 31 = 434 h:
 * 420 × 120.00 + 14 × 240.00 = 53,760.00; IFC-LOBBY 22 weekdays × 8 h = 176 h less 2 h unfilled on
 * 18 March = 174 h: 166 × 95.00 + 8 × 190.00 = 17,290.00; IFC-NIGHT 7 h × 31 = 217 h:
 * 210 × 120.00 + 7 × 240.00 = 26,880.00. Gross 145,050.00; liquidated damages 2 × 95.00 × 2 h =
 * 380.00 (6 of 8 h on 18 March, below 95 %); sleeping on post, second occurrence: 2,500.00;
 * payable 142,170.00.
 */
public final class DemoGuard {
    private static final Logger LOG = LoggerFactory.getLogger(DemoGuard.class);
    /** The subject of the vendor's integration token. */
    public static final String VENDOR_SUBJECT = "vendor@proteccion-integral.example";
    /** The contract's reference. */
    public static final String REFERENCE = "WBG-MX-2025-014";
    /** The invoice that matches the evidence, left for the officer to certify. */
    public static final String MATCHING_INVOICE = "PISA-2026-03-R";
    /** The invoice that over-bills the holiday, rejected. */
    public static final String OVERBILLED_INVOICE = "PISA-2026-03";
    private static final List<DayOfWeek> EVERY_DAY = List.copyOf(EnumSet.allOf(DayOfWeek.class));
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final LocalDate MARCH_1 = LocalDate.parse("2026-03-01");
    private static final LocalDate MARCH_31 = LocalDate.parse("2026-03-31");

    private final GuardUseCases guard;
    private final RiskUseCases risk;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoOffice.OFFICE, Role.SECURITY_OFFICER);
    private final Actor vendor = Actor.of(VENDOR_SUBJECT, DemoOffice.OFFICE, Role.VENDOR);

    /** The demo over the guard-force use cases and the risk context's facilities (the sites). */
    public DemoGuard(GuardUseCases guard, RiskUseCases risk) {
        this.guard = guard;
        this.risk = risk;
    }

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    /** Seeds the guard force unless the office has a guard contract. */
    public void seedIfEmpty() {
        if (guard.contracts().list(officer, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        standards();
        UUID ibrd = site("IBRD office");
        UUID ifc = site("IFC office");
        GuardContract contract = guard.contracts().create(officer, contract(ibrd, ifc));
        Roster roster = guard.rosters().create(vendor, new RosterDetails(contract.id().value(), MARCH_1, MARCH_31,
                guards(), shifts()));
        Inspection night = guard.inspections().create(officer, new InspectionDetails(contract.id().value(), ibrd,
                LocalDateTime.parse("2026-03-10T03:15"), "Security associate on the night round", List.of(
                new ChecklistResult(CheckItem.POST_MANNED, true, Optional.empty()),
                new ChecklistResult(CheckItem.GUARD_ALERT, false, Optional.of("guard G-04 asleep in the rear booth")),
                new ChecklistResult(CheckItem.LOGBOOK, true, Optional.empty())),
                List.of("Guard G-04 found asleep at 03:15 on the IBRD perimeter; woken, relieved at 04:30"),
                List.of("photo IBRD-2026-03-10-0315.jpg")));
        Inspection lobby = guard.inspections().create(officer, new InspectionDetails(contract.id().value(), ifc,
                LocalDateTime.parse("2026-03-18T13:00"), "Security associate", List.of(
                new ChecklistResult(CheckItem.POST_MANNED, false, Optional.of("lobby post empty from 13:00 to 15:00")),
                new ChecklistResult(CheckItem.UNIFORM, false, Optional.of("relief arrived without the vendor's jacket")),
                new ChecklistResult(CheckItem.POST_ORDERS_KNOWN, true, Optional.empty())),
                List.of("IFC lobby unmanned 13:00–15:00: the guard left early", "Relief out of uniform"),
                List.of("visitor log page 18 March")));
        guard.issues().create(officer, new IssueDetails(contract.id().value(), IssueType.SLEEPING_ON_POST, "IBRD-NIGHT",
                LocalDate.parse("2025-11-20"), BigDecimal.ZERO, "G-04", new Evidence(EvidenceKind.REPORT,
                "supervisor report SR-2025-112"), "first occurrence: guard asleep at 02:00, warned"));
        guard.issues().create(officer, new IssueDetails(contract.id().value(), IssueType.SLEEPING_ON_POST, "IBRD-NIGHT",
                LocalDate.parse("2026-03-10"), BigDecimal.ZERO, "G-04", new Evidence(EvidenceKind.INSPECTION,
                night.id().toString()), "second occurrence within 12 months: fixed deduction"));
        guard.issues().create(officer, new IssueDetails(contract.id().value(), IssueType.POST_UNFILLED, "IFC-LOBBY",
                LocalDate.parse("2026-03-18"), d("2"), null, new Evidence(EvidenceKind.INSPECTION,
                lobby.id().toString()), "lobby unmanned from 13:00 to 15:00"));
        guard.issues().create(officer, new IssueDetails(contract.id().value(), IssueType.IMPROPER_UNIFORM, "IFC-LOBBY",
                LocalDate.parse("2026-03-18"), BigDecimal.ZERO, null, new Evidence(EvidenceKind.INSPECTION,
                lobby.id().toString()), "relief out of uniform: first occurrence, a warning"));
        Invoice over = guard.invoices().create(vendor, invoice(contract, OVERBILLED_INVOICE, "48592.50", roster));
        guard.invoices().certify(officer, over.id(), over.version(), new CertifyDetails(List.of()));
        guard.invoices().create(vendor, invoice(contract, MATCHING_INVOICE, "47120.00", roster));
        PerformanceReview review = guard.reviews().create(officer, new PerformanceReviewDetails(contract.id().value(),
                LocalDate.parse("2026-01-01"), MARCH_31, ExtensionDecision.UNDECIDED, List.of(
                "second sleeping on post within 12 months; IFC lobby unmanned for two hours on 18 March")));
        guard.reviews().respond(vendor, review.id(), review.version(), new PerformanceReviewResponse(
                "Guard G-04 has been removed from night posts; the lobby relief is now booked 30 minutes early."));
        LOG.info("Demo guard force: contract {} with {} posts, March 2026 roster, 2 invoices, a review", REFERENCE,
                contract.posts().size());
    }

    private UUID site(String prefix) {
        return Page.all(p -> risk.facilities().list(officer, p)).stream().filter(f -> f.name().startsWith(prefix))
                .map(Facility::id).findFirst().orElseThrow(() -> new IllegalStateException("no demo facility " + prefix))
                .value();
    }

    private void standards() {
        guard.standards().create(officer, new StandardsDetails("MX", "Ley Federal del Trabajo (arts. 60–74)",
                d("8"), d("7"), d("7.5"), d("3"), 3, d("48"), d("24"), LocalTime.of(20, 0), LocalTime.of(6, 0),
                d("3.5"), List.of(new MinimumWage(LocalDate.parse("2025-01-01"), d("278.80"), Currency.getInstance("MXN"),
                        "general"), new MinimumWage(LocalDate.parse("2026-01-01"), d("315.04"),
                        Currency.getInstance("MXN"), "general")),
                List.of(holiday("2026-01-01", "Año Nuevo"), holiday("2026-02-02", "Día de la Constitución"),
                        holiday("2026-03-16", "Natalicio de Benito Juárez"), holiday("2026-05-01", "Día del Trabajo"),
                        holiday("2026-09-16", "Día de la Independencia"),
                        holiday("2026-11-16", "Día de la Revolución"), holiday("2026-12-25", "Navidad"),
                        holiday("2027-01-01", "Año Nuevo"), holiday("2027-02-01", "Día de la Constitución"),
                        holiday("2027-03-15", "Natalicio de Benito Juárez"))));
        guard.standards().create(officer, new StandardsDetails("CF", "Code du travail centrafricain", null, null, null,
                null, null, d("40"), d("24"), null, null, null, List.of(), List.of()));
    }

    private static PublicHoliday holiday(String date, String name) {
        return new PublicHoliday(LocalDate.parse(date), name);
    }

    private static ContractDetails contract(UUID ibrd, UUID ifc) {
        List<PostDetails> posts = List.of(
                new PostDetails("IBRD-GATE", "IBRD main gate, day", ibrd, List.of(
                        new ShiftWindow(EVERY_DAY, LocalTime.of(6, 0), LocalTime.of(14, 0)),
                        new ShiftWindow(EVERY_DAY, LocalTime.of(14, 0), LocalTime.of(21, 30))), 1, false, List.of(),
                        d("95.00"), null),
                new PostDetails("IBRD-NIGHT", "IBRD perimeter, night", ibrd, List.of(
                        new ShiftWindow(EVERY_DAY, LocalTime.of(21, 30), LocalTime.of(4, 30))), 2, true,
                        List.of("FIREARMS"), d("120.00"), null),
                new PostDetails("IFC-LOBBY", "IFC lobby, weekdays", ifc, List.of(
                        new ShiftWindow(WEEKDAYS, LocalTime.of(7, 0), LocalTime.of(15, 0))), 1, false, List.of(),
                        d("95.00"), null),
                new PostDetails("IFC-NIGHT", "IFC entrance, night", ifc, List.of(
                        new ShiftWindow(EVERY_DAY, LocalTime.of(22, 0), LocalTime.of(5, 0))), 1, true,
                        List.of("FIREARMS"), d("120.00"), null));
        List<DeductionRule> deductions = List.of(
                new DeductionRule(IssueType.SLEEPING_ON_POST, 12, List.of(
                        new DeductionStep(1, BigDecimal.ZERO, false, "written warning"),
                        new DeductionStep(2, d("2500"), false, "fixed deduction"),
                        new DeductionStep(3, d("5000"), false, "larger deduction"),
                        new DeductionStep(4, d("5000"), true, "grounds for removal of the guard"))),
                new DeductionRule(IssueType.IMPROPER_UNIFORM, 12, List.of(
                        new DeductionStep(1, BigDecimal.ZERO, false, "warning"),
                        new DeductionStep(2, d("500"), false, "deduction"),
                        new DeductionStep(3, d("1000"), false, "larger deduction"))));
        return new ContractDetails(REFERENCE, "Protección Integral SA de CV", VENDOR_SUBJECT,
                new ProcurementRecord("request for proposals (national competitive)", 4,
                        "lowest evaluated substantially responsive bid; technical score 86/100",
                        "Protección Integral SA de CV, 2 years, extendable by 1", LocalDate.parse("2025-01-20")),
                LocalDate.parse("2025-02-01"), LocalDate.parse("2027-01-31"), List.of(), "MXN", 3, "MX", posts,
                deductions, null, 30, 90);
    }

    private static List<Guard> guards() {
        LocalDate licence = LocalDate.parse("2027-06-30");
        List<Guard> guards = new ArrayList<>();
        String[] names = {"Juan Pérez Gómez", "Rosa Díaz Martínez", "Luis Hernández Ruiz", "Miguel Torres León",
            "Ana Morales Cruz", "Pedro Sánchez Vega", "Carmen Flores Ríos", "Jorge Ramírez Soto",
            "Elena Castro Mejía", "Raúl Ortega Núñez", "Sofía Jiménez Lara"};
        for (int i = 0; i < names.length; i++) {
            guards.add(new Guard(String.format("G-%02d", i + 1), names[i], List.of(new Qualification("FIREARMS",
                    licence))));
        }
        return guards;
    }

    /**
     * Each shift window has a guard for the weekdays and one for the weekend: the gate's day and
     * evening guards G-01, G-02 (weekends G-07, G-08), the IBRD night's two G-03, G-04 (G-09, G-10),
     * the IFC lobby G-05 (weekdays only), the IFC night G-06 (G-11). On 12 March the evening relief
     * came at 18:00, so G-01 stood 06:00–18:00: 12 hours.
     */
    private static List<Shift> shifts() {
        List<Shift> shifts = new ArrayList<>();
        for (LocalDate day = MARCH_1; !day.isAfter(MARCH_31); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean twelve = day.equals(LocalDate.parse("2026-03-12"));
            shifts.add(shift(weekend ? "G-07" : "G-01", "IBRD-GATE", day, "06:00", twelve ? "18:00" : "14:00"));
            shifts.add(shift(weekend ? "G-08" : "G-02", "IBRD-GATE", day, twelve ? "18:00" : "14:00", "21:30"));
            shifts.add(shift(weekend ? "G-09" : "G-03", "IBRD-NIGHT", day, "21:30", "04:30"));
            shifts.add(shift(weekend ? "G-10" : "G-04", "IBRD-NIGHT", day, "21:30", "04:30"));
            if (!weekend) {
                shifts.add(shift("G-05", "IFC-LOBBY", day, "07:00", "15:00"));
            }
            shifts.add(shift(weekend ? "G-11" : "G-06", "IFC-NIGHT", day, "22:00", "05:00"));
        }
        return shifts;
    }

    private static Shift shift(String badge, String post, LocalDate day, String start, String end) {
        LocalTime from = LocalTime.parse(start);
        LocalTime to = LocalTime.parse(end);
        return new Shift(badge, post, day.atTime(from), (to.isAfter(from) ? day : day.plusDays(1)).atTime(to));
    }

    private static InvoiceDetails invoice(GuardContract contract, String number, String gate, Roster roster) {
        return new InvoiceDetails(contract.id().value(), number, MARCH_1, MARCH_31, List.of(
                new InvoiceLine("IBRD-GATE", d("480.5"), d(gate)),
                new InvoiceLine("IBRD-NIGHT", d("434"), d("53760.00")),
                new InvoiceLine("IFC-LOBBY", d("174"), d("17290.00")),
                new InvoiceLine("IFC-NIGHT", d("217"), d("26880.00"))), roster.id().value());
    }
}
