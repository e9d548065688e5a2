package io.vigil.travel.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a clearance request asks for: who travels, why, for a programme of which criticality, the
 * legs in order, the overnight stops, the escort the request declares (empty: none) and when it
 * was submitted. Legs follow each other: each departs where and after the previous one arrived.
 */
public record Trip(List<PersonId> travellers, String purpose, Criticality criticality, List<Leg> legs, List<Stop> stops,
                   Optional<String> escort, Instant submittedAt) {
    /** The most travellers on one request. */
    public static final int MAX_TRAVELLERS = 50;
    /** The most legs of one trip. */
    public static final int MAX_LEGS = 20;
    /** The most overnight stops of one trip. */
    public static final int MAX_STOPS = 30;
    /** The longest purpose. */
    public static final int MAX_PURPOSE = 2000;
    /** The longest escort description. */
    public static final int MAX_ESCORT = 500;

    public Trip {
        travellers = Require.noNulls(travellers, "travellers");
        Require.that(!travellers.isEmpty() && travellers.size() <= MAX_TRAVELLERS, "travellers",
                "must name 1 to " + MAX_TRAVELLERS + " persons");
        Require.that(travellers.stream().distinct().count() == travellers.size(), "travellers", "must be distinct");
        purpose = Require.text(purpose, "purpose", MAX_PURPOSE);
        Require.nonNull(criticality, "criticality");
        legs = Require.noNulls(legs, "legs");
        Require.that(!legs.isEmpty() && legs.size() <= MAX_LEGS, "legs", "must have 1 to " + MAX_LEGS + " legs");
        for (int i = 1; i < legs.size(); i++) {
            Require.that(!legs.get(i).departure().isBefore(legs.get(i - 1).arrival()), "legs[" + i + "].departure",
                    "must not be before the previous leg arrives");
        }
        Require.that(!legs.get(legs.size() - 1).airsideTransit(), "legs[" + (legs.size() - 1) + "].airsideTransit",
                "the last leg cannot end in transit");
        for (int i = 0; i < legs.size() - 1; i++) {
            Require.that(!legs.get(i).airsideTransit() || legs.get(i + 1).mode() == TransportMode.AIR,
                    "legs[" + i + "].airsideTransit", "a transit is followed by an air leg");
        }
        stops = Require.noNulls(stops, "stops");
        Require.that(stops.size() <= MAX_STOPS, "stops", "must be at most " + MAX_STOPS);
        Instant first = legs.get(0).departure();
        Instant last = legs.get(legs.size() - 1).arrival();
        for (int i = 0; i < stops.size(); i++) {
            Stop s = stops.get(i);
            Require.that(!s.from().isBefore(first) && !s.to().isAfter(last), "stops[" + i + "]",
                    "must lie between the first departure and the last arrival");
        }
        escort = Require.nonNull(escort, "escort").map(String::strip).filter(s -> !s.isEmpty());
        Require.that(escort.map(String::length).orElse(0) <= MAX_ESCORT, "escort",
                "must be at most " + MAX_ESCORT + " characters");
        Require.nonNull(submittedAt, "submittedAt");
    }

    /** When the trip starts: the first departure. */
    public Instant firstDeparture() {
        return legs.get(0).departure();
    }

    /** When the trip ends: the last arrival. */
    public Instant lastArrival() {
        return legs.get(legs.size() - 1).arrival();
    }

    /** Where the traveller goes, each with the time they are there: every leg's arrival not in transit, and every stop. */
    public List<Visit> visits() {
        List<Visit> visits = new ArrayList<>();
        for (Leg leg : legs) {
            if (!leg.airsideTransit()) {
                visits.add(new Visit(leg.to(), leg.arrival(), leg.arrival(), "destination"));
            }
        }
        for (Stop s : stops) {
            visits.add(new Visit(s.place(), s.from(), s.to(), "overnight stop"));
        }
        return visits;
    }

    /** A place the trip visits, from when to when, as what ("destination", "overnight stop"). */
    public record Visit(TripPlace place, Instant from, Instant to, String as) {
    }
}
