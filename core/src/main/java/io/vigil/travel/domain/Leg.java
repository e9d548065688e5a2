package io.vigil.travel.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * One leg of a trip. An air leg names its operator (the code the office assesses it under) and its
 * flight number; {@code airsideTransit} says the traveller changes planes at the arrival airport
 * without leaving it, so that place is no stop and no destination.
 */
public record Leg(TransportMode mode, Place from, Place to, Instant departure, Instant arrival,
                  Optional<String> operator, Optional<String> flight, boolean airsideTransit) {
    /** The longest operator code and flight number. */
    public static final int MAX_CODE = 20;

    public Leg {
        Require.nonNull(mode, "mode");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.nonNull(departure, "departure");
        Require.nonNull(arrival, "arrival");
        Require.that(arrival.isAfter(departure), "arrival", "must be after departure");
        operator = code(operator, "operator");
        flight = code(flight, "flight");
        Require.that((mode == TransportMode.AIR) == operator.isPresent(), "operator",
                "must be given for an air leg and only for one");
        Require.that((mode == TransportMode.AIR) == flight.isPresent(), "flight",
                "must be given for an air leg and only for one");
        Require.that(!airsideTransit || mode == TransportMode.AIR, "airsideTransit", "only an air leg ends in transit");
    }

    private static Optional<String> code(Optional<String> value, String field) {
        Optional<String> v = Require.nonNull(value, field).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(java.util.Locale.ROOT));
        Require.that(v.map(String::length).orElse(0) <= MAX_CODE, field, "must be at most " + MAX_CODE + " characters");
        return v;
    }

    /** The flight this leg is on ("AM 123 2026-03-02" style: flight number and departure date in UTC), for air legs. */
    public Optional<String> flightKey() {
        return flight.map(f -> f + " " + departure.toString().substring(0, 10));
    }
}
