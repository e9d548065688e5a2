package io.vigil.travel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.passage.Daylight;
import io.vigil.kernel.passage.RestrictedArea;
import io.vigil.kernel.passage.Restriction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The clearance rules over a trip from Mexico City by air to Acapulco, then by road to Chilpancingo,
 * where each rule's input is set to one of a few hand-chosen cases with the outcome the issue gives
 * for it (the oracle is that table, not the policy): each rule decides alone, a denial dominates, the
 * checks always come in the fixed order, and recording a valid training never worsens a decision.
 */
class ClearancePolicyProperties {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    private static final PersonId ANA = PersonId.random();
    private static final PersonId LUIS = PersonId.random();
    private static final TripPlace MEX = new TripPlace("Mexico City", GeoPoint.of(19.4326, -99.1332));
    private static final TripPlace ACAPULCO = new TripPlace("Acapulco", GeoPoint.of(16.8531, -99.8237));
    private static final TripPlace CHILPANCINGO = new TripPlace("Chilpancingo", GeoPoint.of(17.5515, -99.5006));
    /** A box around Chilpancingo only, crossed by the road from Acapulco. */
    private static final Outline CENTRO = new Outline("Centro de Guerrero", List.of(GeoPoint.of(17.3, -99.8),
            GeoPoint.of(17.3, -99.2), GeoPoint.of(17.8, -99.2), GeoPoint.of(17.8, -99.8)));
    /** A box over Guerrero: Acapulco and Chilpancingo, not Mexico City. */
    private static final Outline GUERRERO = new Outline("Guerrero", List.of(GeoPoint.of(16.3, -101.0),
            GeoPoint.of(16.3, -98.0), GeoPoint.of(18.5, -98.0), GeoPoint.of(18.5, -101.0)));
    private static final LocalDate DAY = LocalDate.of(2026, 3, 20);

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261202L)).withExamples(300);
    }

    private static Instant local(int hour, int minute) {
        return ZonedDateTime.of(DAY.atTime(hour, minute), MEXICO).toInstant();
    }

    // the cases of each rule, with the outcome the issue gives each

    enum Training {
        HELD(CheckOutcome.PASSED), MISSING(CheckOutcome.DENIED), LAPSES_DURING_TRIP(CheckOutcome.DENIED),
        WAIVED(CheckOutcome.NEEDS_APPROVAL);
        final CheckOutcome expected;

        Training(CheckOutcome expected) {
            this.expected = expected;
        }
    }

    enum Area {
        NONE(CheckOutcome.PASSED), FORBIDDEN(CheckOutcome.DENIED), CLEARANCE(CheckOutcome.NEEDS_APPROVAL),
        ESCORT_DECLARED(CheckOutcome.PASSED), ESCORT_MISSING(CheckOutcome.NEEDS_APPROVAL),
        DAYLIGHT_BY_DAY(CheckOutcome.PASSED), DAYLIGHT_AFTER_DARK(CheckOutcome.DENIED),
        LAPSED_BEFORE_PASSAGE(CheckOutcome.PASSED);
        final CheckOutcome expected;

        Area(CheckOutcome expected) {
            this.expected = expected;
        }
    }

    enum Risk {
        PROCEED(CheckOutcome.PASSED), WITH_APPROVAL(CheckOutcome.NEEDS_APPROVAL),
        DO_NOT_PROCEED(CheckOutcome.DENIED), NO_ASSESSMENT(CheckOutcome.NEEDS_APPROVAL),
        ASSESSMENT_ENDED(CheckOutcome.NEEDS_APPROVAL);
        final CheckOutcome expected;

        Risk(CheckOutcome expected) {
            this.expected = expected;
        }
    }

    enum Air {
        ASSESSED(CheckOutcome.PASSED), BARRED(CheckOutcome.DENIED), NOT_LISTED(CheckOutcome.NEEDS_APPROVAL),
        ASSESSMENT_LAPSED(CheckOutcome.NEEDS_APPROVAL), FULL_FLIGHT(CheckOutcome.NEEDS_APPROVAL);
        final CheckOutcome expected;

        Air(CheckOutcome expected) {
            this.expected = expected;
        }
    }

    record Case(Training training, Area area, Risk risk, Air air, boolean late) {
        /** The verdict the issue gives: denied if any rule denies, needs approval if any asks, else approved. */
        Verdict expected() {
            List<CheckOutcome> all = List.of(training.expected, area.expected, risk.expected, air.expected);
            if (all.contains(CheckOutcome.DENIED)) {
                return Verdict.DENIED;
            }
            return all.contains(CheckOutcome.NEEDS_APPROVAL) ? Verdict.NEEDS_APPROVAL : Verdict.AUTO_APPROVED;
        }

        static Case passing() {
            return new Case(Training.HELD, Area.NONE, Risk.PROCEED, Air.ASSESSED, false);
        }
    }

    private static Gen<Case> cases() {
        return Generate.enumValues(Training.class).zip(Generate.enumValues(Area.class), Generate.enumValues(Risk.class),
                Generate.enumValues(Air.class), (t, a, r, x) -> new Case(t, a, r, x, false))
                .zip(Generate.booleans(), (c, late) -> new Case(c.training, c.area, c.risk, c.air, late));
    }

    private static Trip trip(Case c) {
        boolean dark = c.area == Area.DAYLIGHT_AFTER_DARK;
        Leg air = new Leg(TransportMode.AIR, MEX, ACAPULCO, local(8, 0), local(9, 0), Optional.of("AMX"),
                Optional.of("AM 1201"), false);
        Leg road = new Leg(TransportMode.ROAD, ACAPULCO, CHILPANCINGO, dark ? local(19, 0) : local(11, 0),
                dark ? local(22, 0) : local(14, 0), Optional.empty(), Optional.empty(), false);
        Instant submitted = c.late ? local(8, 0).minus(Duration.ofDays(2)) : local(8, 0).minus(Duration.ofDays(30));
        Optional<String> escort = c.area == Area.ESCORT_DECLARED ? Optional.of("two UNDSS vehicles") : Optional.empty();
        return new Trip(List.of(ANA, LUIS), "Distribution monitoring", Criticality.PC2, List.of(air, road), List.of(),
                escort, submitted);
    }

    private static ClearanceInputs inputs(Case c) {
        List<RequiredCourse> courses = List.of(new RequiredCourse("BSAFE", true, List.of()));
        List<HeldCourse> held = new ArrayList<>();
        held.add(new HeldCourse(LUIS, "BSAFE", Instant.parse("2024-01-10T00:00:00Z"), Optional.empty()));
        switch (c.training) {
            case HELD, WAIVED -> {
                if (c.training == Training.HELD) {
                    held.add(new HeldCourse(ANA, "BSAFE", Instant.parse("2025-01-10T00:00:00Z"), Optional.empty()));
                }
            }
            case LAPSES_DURING_TRIP -> held.add(new HeldCourse(ANA, "BSAFE", Instant.parse("2023-03-20T00:00:00Z"),
                    Optional.of(local(12, 0))));
            case MISSING -> { }
        }
        List<Waiver> waivers = c.training == Training.WAIVED ? List.of(new Waiver(WaiverId.random(), OFFICE, 0, ANA,
                "BSAFE", "Country Representative", "course booked for April", local(0, 0).plus(Duration.ofDays(30)),
                local(0, 0).minus(Duration.ofDays(40)), "officer")) : List.of();
        List<RestrictedArea> areas = switch (c.area) {
            case NONE -> List.of();
            case FORBIDDEN -> List.of(area(Restriction.FORBIDDEN, Optional.empty()));
            case CLEARANCE -> List.of(area(Restriction.CLEARANCE_NEEDED, Optional.empty()));
            case ESCORT_DECLARED, ESCORT_MISSING -> List.of(area(Restriction.ESCORT_NEEDED, Optional.empty()));
            case DAYLIGHT_BY_DAY, DAYLIGHT_AFTER_DARK -> List.of(area(Restriction.DAYLIGHT_ONLY, Optional.empty()));
            case LAPSED_BEFORE_PASSAGE -> List.of(area(Restriction.FORBIDDEN, Optional.of(local(6, 0))));
        };
        List<RiskCover> covers = switch (c.risk) {
            case PROCEED -> List.of(cover(new Acceptance(Acceptance.Kind.PROCEED, Optional.empty(), List.of("low")),
                    Instant.parse("2026-12-31T00:00:00Z")));
            case WITH_APPROVAL -> List.of(cover(new Acceptance(Acceptance.Kind.PROCEED_WITH_APPROVAL,
                    Optional.of(ApprovalLevel.COUNTRY_REPRESENTATIVE), List.of("high")),
                    Instant.parse("2026-12-31T00:00:00Z")));
            case DO_NOT_PROCEED -> List.of(cover(new Acceptance(Acceptance.Kind.DO_NOT_PROCEED, Optional.empty(),
                    List.of("very high")), Instant.parse("2026-12-31T00:00:00Z")));
            case NO_ASSESSMENT -> List.of();
            case ASSESSMENT_ENDED -> List.of(cover(new Acceptance(Acceptance.Kind.PROCEED, Optional.empty(),
                    List.of("low")), Instant.parse("2026-03-01T00:00:00Z")));
        };
        Instant assessed = Instant.parse("2026-01-05T00:00:00Z");
        List<AirOperator> operators = switch (c.air) {
            case ASSESSED, FULL_FLIGHT -> List.of(operator(false, assessed.plus(Duration.ofDays(365))));
            case BARRED -> List.of(operator(true, assessed.plus(Duration.ofDays(365))));
            case NOT_LISTED -> List.of();
            case ASSESSMENT_LAPSED -> List.of(operator(false, assessed.plus(Duration.ofDays(30))));
        };
        Map<String, Set<PersonId>> booked = new java.util.HashMap<>();
        if (c.air == Air.FULL_FLIGHT) {
            Set<PersonId> others = new HashSet<>();
            for (int i = 0; i < 29; i++) {
                others.add(PersonId.random());
            }
            booked.put("AM 1201 " + local(8, 0).toString().substring(0, 10), others);
        }
        return new ClearanceInputs(courses, held, waivers, areas, covers, operators, booked,
                new TravelPolicy(OFFICE, 0, MEXICO, 30, 7));
    }

    private static RestrictedArea area(Restriction rule, Optional<Instant> until) {
        return new RestrictedArea(CENTRO.name(), CENTRO.vertices(), EnumSet.of(rule), "armed groups on the road", Instant.parse("2026-01-01T00:00:00Z"),
                until);
    }

    private static RiskCover cover(Acceptance a, Instant until) {
        Map<Criticality, Acceptance> all = new EnumMap<>(Criticality.class);
        for (Criticality pc : Criticality.values()) {
            all.put(pc, a);
        }
        return new RiskCover("SRA Guerrero 2026", GUERRERO, Instant.parse("2026-01-01T00:00:00Z"), until,
                Instant.parse("2026-01-02T00:00:00Z"), all);
    }

    private static AirOperator operator(boolean barred, Instant until) {
        return new AirOperator(AirOperatorId.random(), OFFICE, 0, "AMX", "Aeroméxico", barred,
                barred ? "failed the office's audit" : "assessed by UNDSS", Instant.parse("2026-01-05T00:00:00Z"),
                until);
    }

    private static Decision decide(Case c) {
        return ClearancePolicy.decide(trip(c), inputs(c), local(7, 0).minus(Duration.ofDays(40)), "test");
    }

    private static List<CheckOutcome> outcomes(Decision d) {
        return d.checks().stream().map(Check::outcome).toList();
    }

    @Test
    void with_every_input_in_order_the_trip_is_approved_and_every_check_says_why() {
        Decision d = decide(Case.passing());
        assertThat(d.verdict()).isEqualTo(Verdict.AUTO_APPROVED);
        assertThat(d.checks()).extracting(Check::kind).containsExactly(CheckKind.values());
        assertThat(d.checks()).allSatisfy(k -> assertThat(k.reasons()).isNotEmpty());
        assertThat(outcomes(d)).containsOnly(CheckOutcome.PASSED);
    }

    @Test
    void each_rule_decides_alone() {
        Case pass = Case.passing();
        for (Training t : Training.values()) {
            Decision d = decide(new Case(t, pass.area, pass.risk, pass.air, false));
            assertThat(d.check(CheckKind.TRAINING).outcome()).as(t.name()).isEqualTo(t.expected);
            assertThat(d.verdict()).as(t.name()).isEqualTo(new Case(t, pass.area, pass.risk, pass.air, false)
                    .expected());
            assertThat(outcomes(d).subList(1, 4)).as(t.name()).containsOnly(CheckOutcome.PASSED);
        }
        for (Area a : Area.values()) {
            Decision d = decide(new Case(pass.training, a, pass.risk, pass.air, false));
            assertThat(d.check(CheckKind.AREA_RULES).outcome()).as(a.name()).isEqualTo(a.expected);
            assertThat(List.of(d.check(CheckKind.TRAINING).outcome(), d.check(CheckKind.RISK).outcome(),
                    d.check(CheckKind.AIR).outcome())).as(a.name()).containsOnly(CheckOutcome.PASSED);
        }
        for (Risk r : Risk.values()) {
            Decision d = decide(new Case(pass.training, pass.area, r, pass.air, false));
            assertThat(d.check(CheckKind.RISK).outcome()).as(r.name()).isEqualTo(r.expected);
            assertThat(d.verdict()).as(r.name()).isEqualTo(new Case(pass.training, pass.area, r, pass.air, false)
                    .expected());
        }
        for (Air x : Air.values()) {
            Decision d = decide(new Case(pass.training, pass.area, pass.risk, x, false));
            assertThat(d.check(CheckKind.AIR).outcome()).as(x.name()).isEqualTo(x.expected);
            assertThat(d.verdict()).as(x.name()).isEqualTo(new Case(pass.training, pass.area, pass.risk, x, false)
                    .expected());
        }
    }

    @Test
    void every_check_follows_its_table_and_a_denial_dominates_in_every_combination() {
        qt().forAll(cases()).checkAssert(c -> {
            Decision d = decide(c);
            assertThat(d.checks()).extracting(Check::kind).containsExactly(CheckKind.values());
            assertThat(outcomes(d).subList(0, 4)).as(c.toString())
                    .containsExactly(c.training.expected, c.area.expected, c.risk.expected, c.air.expected);
            assertThat(d.verdict()).as(c.toString()).isEqualTo(c.expected());
            if (outcomes(d).contains(CheckOutcome.DENIED)) {
                assertThat(d.verdict()).isEqualTo(Verdict.DENIED);
                assertThat(d.level()).isEmpty();
            }
        });
    }

    @Test
    void the_lead_time_only_notes_a_late_request_that_needs_approval() {
        qt().forAll(cases()).checkAssert(c -> {
            Decision d = decide(c);
            CheckOutcome lead = d.check(CheckKind.LEAD_TIME).outcome();
            boolean noted = c.late && c.expected() == Verdict.NEEDS_APPROVAL;
            assertThat(lead).as(c.toString()).isEqualTo(noted ? CheckOutcome.NOTED : CheckOutcome.PASSED);
            assertThat(decide(new Case(c.training, c.area, c.risk, c.air, !c.late)).verdict()).isEqualTo(d.verdict());
        });
    }

    @Test
    void recording_a_valid_training_never_worsens_a_decision() {
        qt().forAll(cases()).checkAssert(c -> {
            Decision before = decide(c);
            ClearanceInputs in = inputs(c);
            List<HeldCourse> more = new ArrayList<>(in.held());
            more.add(new HeldCourse(ANA, "BSAFE", Instant.parse("2026-02-01T00:00:00Z"), Optional.empty()));
            Decision after = ClearancePolicy.decide(trip(c), new ClearanceInputs(in.courses(), more, in.waivers(),
                    in.areas(), in.covers(), in.operators(), in.booked(), in.policy()), before.at(), "test");
            assertThat(after.verdict().compareTo(before.verdict())).as(c.toString()).isLessThanOrEqualTo(0);
            assertThat(after.check(CheckKind.TRAINING).outcome()).isEqualTo(CheckOutcome.PASSED);
        });
    }

    @Test
    void a_road_leg_after_dark_in_a_daylight_only_area_is_denied_naming_its_time_and_sunset() {
        Case dark = new Case(Training.HELD, Area.DAYLIGHT_AFTER_DARK, Risk.PROCEED, Air.ASSESSED, false);
        Check area = decide(dark).check(CheckKind.AREA_RULES);
        assertThat(area.outcome()).isEqualTo(CheckOutcome.DENIED);
        assertThat(area.reasons()).anySatisfy(r -> assertThat(r)
                .contains("arrives in Chilpancingo at 2026-03-20 22:00 (America/Mexico_City), after sunset there at"
                        + " 2026-03-20 18:"));
    }

    /**
     * Worked by hand: Mexico City keeps UTC-6 all year (no summer time since 2022); at 99.13° W its
     * solar noon is 12:00 + 4 min × 9.13° + 7 min (equation of time on 20 March) ≈ 12:44, and at the
     * equinox the sun is up about 12 h 06 min with refraction: sunrise ≈ 06:41, sunset ≈ 18:47.
     */
    @Test
    void sunrise_and_sunset_in_mexico_city_at_the_march_equinox_are_about_6_41_and_18_47() {
        Daylight.Window w = Daylight.on(MEX.point(), DAY, MEXICO).orElseThrow();
        assertThat(Duration.between(local(6, 41), w.sunrise()).abs()).isLessThan(Duration.ofMinutes(10));
        assertThat(Duration.between(local(18, 47), w.sunset()).abs()).isLessThan(Duration.ofMinutes(10));
    }

    @Test
    void changing_planes_without_leaving_the_airport_is_no_stop_and_no_destination() {
        TripPlace forbidden = new TripPlace("Chilpancingo airstrip", CHILPANCINGO.point());
        Leg in = new Leg(TransportMode.AIR, MEX, forbidden, local(8, 0), local(9, 0), Optional.of("AMX"),
                Optional.of("AM 1201"), true);
        Leg out = new Leg(TransportMode.AIR, forbidden, MEX, local(10, 0), local(11, 0), Optional.of("AMX"),
                Optional.of("AM 1202"), false);
        ClearanceInputs rules = inputs(new Case(Training.HELD, Area.FORBIDDEN, Risk.PROCEED, Air.ASSESSED, false));
        Trip transit = new Trip(List.of(ANA), "Transfer", Criticality.PC2, List.of(in, out), List.of(), Optional.empty(),
                local(8, 0).minus(Duration.ofDays(30)));
        assertThat(ClearancePolicy.decide(transit, rules, local(0, 0), "test").check(CheckKind.AREA_RULES).outcome())
                .isEqualTo(CheckOutcome.PASSED);
        Leg landed = new Leg(TransportMode.AIR, MEX, forbidden, local(8, 0), local(9, 0), Optional.of("AMX"),
                Optional.of("AM 1201"), false);
        Trip stay = new Trip(List.of(ANA), "Transfer", Criticality.PC2, List.of(landed, out), List.of(),
                Optional.empty(), local(8, 0).minus(Duration.ofDays(30)));
        assertThat(ClearancePolicy.decide(stay, rules, local(0, 0), "test").check(CheckKind.AREA_RULES).outcome())
                .isEqualTo(CheckOutcome.DENIED);
    }

    @Test
    void a_course_required_in_an_area_is_required_only_of_trips_that_enter_it() {
        ClearanceInputs base = inputs(Case.passing());
        ClearanceInputs ssafe = new ClearanceInputs(List.of(new RequiredCourse("SSAFE", false, List.of(CENTRO))),
                base.held(), base.waivers(), base.areas(), base.covers(), base.operators(), base.booked(), base.policy());
        Check check = ClearancePolicy.decide(trip(Case.passing()), ssafe, local(0, 0), "test").check(CheckKind.TRAINING);
        assertThat(check.outcome()).isEqualTo(CheckOutcome.DENIED);
        assertThat(check.reasons()).anySatisfy(r -> assertThat(r).contains("SSAFE (required in Centro de Guerrero"));
        Trip coast = new Trip(List.of(ANA), "Coast", Criticality.PC2, List.of(trip(Case.passing()).legs().get(0)),
                List.of(), Optional.empty(), local(8, 0).minus(Duration.ofDays(30)));
        assertThat(ClearancePolicy.decide(coast, ssafe, local(0, 0), "test").check(CheckKind.TRAINING).outcome())
                .isEqualTo(CheckOutcome.PASSED);
    }
}
