package io.vigil.travel.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.passage.RestrictedArea;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the clearance rules read besides the trip: the courses required, the courses the
 * travellers hold, the waivers, the restricted areas, the approved risk assessments, the assessed air
 * operators, the office's other personnel booked on each flight (by {@link Leg#flightKey()}), and the
 * office's travel settings.
 */
public record ClearanceInputs(List<RequiredCourse> courses, List<HeldCourse> held, List<Waiver> waivers,
                              List<RestrictedArea> areas, List<RiskCover> covers, List<AirOperator> operators,
                              Map<String, Set<PersonId>> booked, TravelPolicy policy) {
    public ClearanceInputs {
        courses = Require.noNulls(courses, "courses");
        held = Require.noNulls(held, "held");
        waivers = Require.noNulls(waivers, "waivers");
        areas = Require.noNulls(areas, "areas");
        covers = Require.noNulls(covers, "covers");
        operators = Require.noNulls(operators, "operators");
        booked = Map.copyOf(Require.nonNull(booked, "booked"));
        Require.nonNull(policy, "policy");
    }
}
