package io.vigil.travel.domain;

import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.Require;
import io.vigil.kernel.validation.FieldViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One leg of a trip. An air leg names its operator (the code the office assesses it under) and its
 * flight number; {@code airsideTransit} says the traveller changes planes at the arrival airport
 * without leaving it, so that place is no stop and no destination.
 */
public record Leg(TransportMode mode, TripPlace from, TripPlace to, Instant departure, Instant arrival,
                  Optional<String> operator, Optional<String> flight, boolean airsideTransit) {
    /** The longest operator code and flight number. */
    public static final int MAX_CODE = 20;

    public Leg {
        Require.nonNull(mode, "mode");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.nonNull(departure, "departure");
        Require.nonNull(arrival, "arrival");
        operator = code(operator, "operator");
        flight = code(flight, "flight");
        List<FieldViolation> problems = problems(mode, departure, arrival, operator, flight, airsideTransit);
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems.get(0).field(), problems.get(0).message());
        }
    }

    /** Everything wrong with a leg's times, operator, flight and transit, each naming its field; empty if none. */
    public static List<FieldViolation> problems(TransportMode mode, Instant departure, Instant arrival,
                                                Optional<String> operator, Optional<String> flight,
                                                boolean airsideTransit) {
        List<FieldViolation> problems = new ArrayList<>();
        if (!arrival.isAfter(departure)) {
            problems.add(new FieldViolation("arrival", "must be after departure"));
        }
        boolean air = mode == TransportMode.AIR;
        if (air != operator.filter(s -> !s.isBlank()).isPresent()) {
            problems.add(new FieldViolation("operator", "must be given for an air leg and only for one"));
        }
        if (air != flight.filter(s -> !s.isBlank()).isPresent()) {
            problems.add(new FieldViolation("flight", "must be given for an air leg and only for one"));
        }
        if (airsideTransit && !air) {
            problems.add(new FieldViolation("airsideTransit", "only an air leg ends in transit"));
        }
        return problems;
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
