package io.vigil.examples.demo.bangui;

import io.vigil.guard.domain.Guard;
import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.ProcurementRecord;
import io.vigil.guard.domain.PublicHoliday;
import io.vigil.guard.domain.Shift;
import io.vigil.guard.domain.ShiftWindow;
import io.vigil.guard.port.in.ContractDetails;
import io.vigil.guard.port.in.GuardUseCases;
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
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * The Bangui office's guard force, seeded through the use cases when it has no guard contract: the
 * Central African Republic's labour standards (Code du travail: 40 h a week, 24 h of weekly rest in
 * one stretch, and the public holidays of 2026), the contract with Oubangui Sécurité for two posts
 * at the office compound (the gate by day in two shifts, the compound by night), and the vendor's
 * roster for the four weeks from Monday 2 to Sunday 29 March 2026.
 *
 * <p>The roster by hand: G-01, G-02 and G-03 stand the gate's morning (06:00–14:00), the gate's
 * afternoon (14:00–22:00) and the night (22:00–06:00) from Monday to Friday, 5 × 8 = 40 h a week;
 * G-04, G-05 and G-06 the same on Saturdays and Sundays, 16 h. On Saturday 14 March G-01 stood
 * G-04's morning, so G-01 worked 48 h in the week of 9 March: the one violation (40 h at most).
 * G-01 still rested from Saturday 14:00 to Monday 06:00, more than 24 h.
 */
public final class DemoBanguiGuard {
    /** The subject of the Bangui vendor's token. */
    public static final String VENDOR_SUBJECT = "vendor@oubangui-securite.example";
    /** The contract's reference. */
    public static final String REFERENCE = "OIM-CF-2025-007";
    /** The name of the Central African Republic's standards. */
    public static final String STANDARDS = "Code du travail centrafricain (loi n° 09.004)";
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final List<DayOfWeek> EVERY_DAY = List.copyOf(EnumSet.allOf(DayOfWeek.class));
    private static final LocalDate FROM = LocalDate.parse("2026-03-02");
    private static final LocalDate TO = LocalDate.parse("2026-03-29");
    private static final LocalDate STOOD_IN = LocalDate.parse("2026-03-14");

    private final GuardUseCases guard;
    private final RiskUseCases risk;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoBanguiOffice.OFFICE, Role.SECURITY_OFFICER);
    private final Actor vendor = Actor.of(VENDOR_SUBJECT, DemoBanguiOffice.OFFICE, Role.VENDOR);

    /** The demo over the guard-force use cases and the risk context's facilities (the site). */
    public DemoBanguiGuard(GuardUseCases guard, RiskUseCases risk) {
        this.guard = guard;
        this.risk = risk;
    }

    /** Seeds the standards, the contract and the roster unless the office has a guard contract. */
    public void seedIfEmpty() {
        if (guard.contracts().list(officer, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        guard.standards().create(officer, new StandardsDetails("CF", STANDARDS, null, null, null, null, null,
                new BigDecimal("40"), new BigDecimal("24"), null, null, null, List.of(), List.of(
                        holiday("2026-01-01", "Jour de l'An"), holiday("2026-03-29", "Journée Barthélemy Boganda"),
                        holiday("2026-04-06", "Lundi de Pâques"), holiday("2026-05-01", "Fête du Travail"),
                        holiday("2026-05-14", "Ascension"), holiday("2026-05-25", "Lundi de Pentecôte"),
                        holiday("2026-06-30", "Journée de prière pour la paix"),
                        holiday("2026-08-13", "Fête de l'Indépendance"), holiday("2026-08-15", "Assomption"),
                        holiday("2026-11-01", "Toussaint"), holiday("2026-12-01", "Fête nationale"),
                        holiday("2026-12-25", "Noël"))));
        UUID compound = Page.all(p -> risk.facilities().list(officer, p)).stream()
                .filter(f -> f.name().equals(DemoBanguiRisk.COMPOUND)).map(Facility::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo facility " + DemoBanguiRisk.COMPOUND)).value();
        GuardContract contract = guard.contracts().create(officer, new ContractDetails(REFERENCE,
                "Oubangui Sécurité SARL", VENDOR_SUBJECT, new ProcurementRecord("appel d'offres national", 3,
                        "offre la moins-disante conforme ; note technique 81/100", "Oubangui Sécurité SARL, 2 ans",
                        LocalDate.parse("2025-06-10")),
                LocalDate.parse("2025-07-01"), LocalDate.parse("2027-06-30"), List.of(), "XAF", 2, "CF", List.of(
                        new PostDetails("BGF-PORTAIL", "Portail du bureau, de jour", compound, List.of(
                                new ShiftWindow(EVERY_DAY, LocalTime.of(6, 0), LocalTime.of(14, 0)),
                                new ShiftWindow(EVERY_DAY, LocalTime.of(14, 0), LocalTime.of(22, 0))), 1, false,
                                List.of(), new BigDecimal("1500"), null),
                        new PostDetails("BGF-NUIT", "Enceinte du bureau, de nuit", compound, List.of(
                                new ShiftWindow(EVERY_DAY, LocalTime.of(22, 0), LocalTime.of(6, 0))), 1, false,
                                List.of(), new BigDecimal("1800"), null)),
                List.of(), null, 30, 90));
        guard.rosters().create(vendor, new RosterDetails(contract.id().value(), FROM, TO, List.of(
                new Guard("G-01", "Jean-Baptiste Ngoumbé", List.of()), new Guard("G-02", "Rosine Feïganazoui", List.of()),
                new Guard("G-03", "Serge Kolingba", List.of()), new Guard("G-04", "Alain Dologuélé", List.of()),
                new Guard("G-05", "Clarisse Yangongo", List.of()), new Guard("G-06", "Patrice Gbaguéla", List.of())),
                shifts()));
    }

    private static List<Shift> shifts() {
        List<Shift> shifts = new ArrayList<>();
        for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
            boolean weekend = !WEEKDAYS.contains(day.getDayOfWeek());
            String morning = day.equals(STOOD_IN) ? "G-01" : weekend ? "G-04" : "G-01";
            shifts.add(shift(morning, "BGF-PORTAIL", day, 6, 14));
            shifts.add(shift(weekend ? "G-05" : "G-02", "BGF-PORTAIL", day, 14, 22));
            shifts.add(shift(weekend ? "G-06" : "G-03", "BGF-NUIT", day, 22, 6));
        }
        return shifts;
    }

    private static Shift shift(String badge, String post, LocalDate day, int from, int to) {
        return new Shift(badge, post, day.atTime(from, 0), (to > from ? day : day.plusDays(1)).atTime(to, 0));
    }

    private static PublicHoliday holiday(String date, String name) {
        return new PublicHoliday(LocalDate.parse(date), name);
    }
}
