package io.vigil.movement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Outcome;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.passage.PassageOutcome;
import io.vigil.kernel.passage.RestrictedArea;
import io.vigil.kernel.passage.Restriction;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A movement plan's route against the area rules, on hand-worked cases: a route from Mexico City
 * (19.43, -99.13) to Toluca (19.29, -99.65) whose straight leg crosses a box around (19.36, -99.40)
 * while neither end lies in it. Mexico City keeps UTC-6 all year; on 10 March 2026 the sun rises
 * there a little before 07:00 and sets a little before 19:00 local time.
 */
class RouteRulesTest {
    private static final OfficeId MX = OfficeId.of("MX-MEX");
    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final List<GeoPoint> BOX = List.of(GeoPoint.of(19.30, -99.45), GeoPoint.of(19.30, -99.35),
            GeoPoint.of(19.42, -99.35), GeoPoint.of(19.42, -99.45));
    private static final List<GeoPoint> AWAY = List.of(GeoPoint.of(17.30, -99.80), GeoPoint.of(17.30, -99.60),
            GeoPoint.of(17.50, -99.60), GeoPoint.of(17.50, -99.80));

    /** Departing 10:00 and arriving 14:00 local time on 10 March, in daylight at both ends. */
    private static Movement byDay(Optional<String> escort) {
        return plan(escort, "2026-03-10T16:00:00Z", "2026-03-10T20:00:00Z");
    }

    private static Movement plan(Optional<String> escort, String departure, String arrival) {
        return Movement.planned(MovementId.random(), MX, 0, "Convoy to Toluca",
                List.of(GeoPoint.of(19.43, -99.13), GeoPoint.of(19.29, -99.65)), List.of(VehicleId.random()),
                List.of(), Optional.empty(), escort, Instant.parse(departure), Instant.parse(arrival), List.of(),
                new CallInSchedule(30, 10));
    }

    private static RestrictedArea area(List<GeoPoint> outline, Restriction rule, Optional<Instant> until) {
        return new RestrictedArea("La Marquesa", outline, EnumSet.of(rule), "armed robbery on the highway",
                Instant.parse("2026-01-01T00:00:00Z"), until);
    }

    private static RouteCheck check(RouteDecision d, Restriction rule) {
        return d.checks().stream().filter(c -> c.rule() == rule).findFirst().orElseThrow();
    }

    @Test
    void a_route_through_no_restricted_area_passes_every_check_in_the_fixed_order() {
        RouteDecision d = RouteRules.decide(byDay(Optional.empty()),
                List.of(area(AWAY, Restriction.FORBIDDEN, Optional.empty())), MEXICO, AT);
        assertThat(d.verdict()).isEqualTo(PassageOutcome.PASSED);
        assertThat(d.checks()).extracting(RouteCheck::rule).containsExactly(Restriction.FORBIDDEN,
                Restriction.CLEARANCE_NEEDED, Restriction.ESCORT_NEEDED, Restriction.DAYLIGHT_ONLY);
        assertThat(d.checks()).extracting(RouteCheck::outcome).containsOnly(PassageOutcome.PASSED);
        assertThat(check(d, Restriction.FORBIDDEN).reasons())
                .containsExactly("no area on the route forbids movement at the time of passage");
        assertThat(d.decidedAt()).isEqualTo(AT);
    }

    @Test
    void a_forbidden_area_the_leg_crosses_denies_naming_it_and_its_reason() {
        RouteDecision d = RouteRules.decide(byDay(Optional.empty()),
                List.of(area(BOX, Restriction.FORBIDDEN, Optional.empty())), MEXICO, AT);
        assertThat(d.verdict()).isEqualTo(PassageOutcome.DENIED);
        assertThat(d.denials()).containsExactly("the route passes through 'La Marquesa' (armed robbery on the"
                + " highway), where movement is forbidden");
        assertThat(check(d, Restriction.CLEARANCE_NEEDED).outcome()).isEqualTo(PassageOutcome.PASSED);
    }

    @Test
    void an_area_whose_rules_lapsed_before_departure_does_not_count() {
        RouteDecision d = RouteRules.decide(byDay(Optional.empty()), List.of(area(BOX, Restriction.FORBIDDEN,
                Optional.of(Instant.parse("2026-03-10T15:59:00Z")))), MEXICO, AT);
        assertThat(d.verdict()).isEqualTo(PassageOutcome.PASSED);
    }

    @Test
    void clearance_needs_approval_and_an_escort_needs_it_only_when_the_plan_declares_none() {
        RouteDecision clearance = RouteRules.decide(byDay(Optional.of("Police patrol")),
                List.of(area(BOX, Restriction.CLEARANCE_NEEDED, Optional.empty())), MEXICO, AT);
        assertThat(clearance.verdict()).isEqualTo(PassageOutcome.NEEDS_APPROVAL);
        assertThat(check(clearance, Restriction.CLEARANCE_NEEDED).reasons()).containsExactly(
                "the route passes through 'La Marquesa' (armed robbery on the highway), where movement needs"
                        + " clearance");

        List<RestrictedArea> escortArea = List.of(area(BOX, Restriction.ESCORT_NEEDED, Optional.empty()));
        RouteDecision none = RouteRules.decide(byDay(Optional.empty()), escortArea, MEXICO, AT);
        assertThat(none.verdict()).isEqualTo(PassageOutcome.NEEDS_APPROVAL);
        assertThat(check(none, Restriction.ESCORT_NEEDED).reasons()).containsExactly("the route passes through"
                + " 'La Marquesa' (armed robbery on the highway), where an escort is needed, and the plan declares none");
        RouteDecision escorted = RouteRules.decide(byDay(Optional.of("Police patrol")), escortArea, MEXICO, AT);
        assertThat(escorted.verdict()).isEqualTo(PassageOutcome.PASSED);
        assertThat(check(escorted, Restriction.ESCORT_NEEDED).reasons()).containsExactly("the route passes through"
                + " 'La Marquesa' (armed robbery on the highway), where an escort is needed; the plan declares its"
                + " escort: Police patrol");
    }

    @Test
    void daylight_only_passes_by_day_and_denies_a_dark_departure_and_arrival_naming_both_times() {
        List<RestrictedArea> daylight = List.of(area(BOX, Restriction.DAYLIGHT_ONLY, Optional.empty()));
        assertThat(RouteRules.decide(byDay(Optional.empty()), daylight, MEXICO, AT).verdict())
                .isEqualTo(PassageOutcome.PASSED);
        // departs 05:00 local (before sunrise), arrives 21:00 local (after sunset)
        RouteDecision dark = RouteRules.decide(plan(Optional.empty(), "2026-03-10T11:00:00Z", "2026-03-11T03:00:00Z"),
                daylight, MEXICO, AT);
        assertThat(dark.verdict()).isEqualTo(PassageOutcome.DENIED);
        assertThat(dark.denials()).hasSize(1);
        String reason = dark.denials().get(0);
        assertThat(reason).startsWith("the route passes through 'La Marquesa' (armed robbery on the highway),"
                + " daylight only: it departs from (19.43000, -99.13000) at 2026-03-10 05:00 (America/Mexico_City),"
                + " before sunrise there at 2026-03-10 06:");
        assertThat(reason).contains(", and arrives in (19.29000, -99.65000) at 2026-03-10 21:00"
                + " (America/Mexico_City), after sunset there at 2026-03-10 18:");
    }

    @Test
    void a_plan_needing_approval_awaits_it_until_approved_and_one_needing_none_is_refused() {
        Movement m = byDay(Optional.empty());
        RouteDecision needs = RouteRules.decide(m, List.of(area(BOX, Restriction.CLEARANCE_NEEDED, Optional.empty())),
                MEXICO, AT);
        Movement checked = m.withRouteCheck(needs);
        assertThat(checked.awaitingApproval()).isTrue();
        PlanApproval given = new PlanApproval("officer", AT, "police escort confirmed by phone");
        Movement approved = checked.approve(given, needs).orElseThrow();
        assertThat(approved.awaitingApproval()).isFalse();
        assertThat(approved.approval()).contains(given);
        assertThat(approved.withLogOf(approved).approval()).isEmpty();

        RouteDecision clear = RouteRules.decide(m, List.of(), MEXICO, AT);
        assertThat(m.withRouteCheck(clear).approve(given, clear)).isInstanceOf(Outcome.Refused.class);
        RouteDecision denied = RouteRules.decide(m, List.of(area(BOX, Restriction.FORBIDDEN, Optional.empty())),
                MEXICO, AT);
        assertThat(checked.approve(given, denied)).isEqualTo(new Outcome.Refused<Movement>(denied.denials()));
    }
}
