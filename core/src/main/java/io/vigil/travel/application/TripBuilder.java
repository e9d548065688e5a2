package io.vigil.travel.application;

import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.travel.domain.Leg;
import io.vigil.travel.domain.TripPlace;
import io.vigil.travel.domain.Stop;
import io.vigil.travel.domain.Trip;
import io.vigil.travel.port.in.ClearanceDetails;
import io.vigil.travel.port.in.LegDetails;
import io.vigil.travel.port.in.TripPlaceDetails;
import io.vigil.travel.port.in.StopDetails;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Builds a trip from a valid request, reporting every leg and stop the domain refuses, each by its path. */
final class TripBuilder {
    private TripBuilder() {
    }

    static Trip build(ClearanceDetails d, Instant submittedAt) {
        List<FieldViolation> problems = new ArrayList<>();
        List<Leg> legs = new ArrayList<>();
        for (int i = 0; i < d.legs().size(); i++) {
            LegDetails l = d.legs().get(i);
            String path = "legs[" + i + "]";
            Optional<TripPlace> from = attempt(path + ".from", problems, () -> place(l.from()));
            Optional<TripPlace> to = attempt(path + ".to", problems, () -> place(l.to()));
            List<FieldViolation> legProblems = Leg.problems(l.mode(), l.departure(), l.arrival(),
                    Optional.ofNullable(l.operator()), Optional.ofNullable(l.flight()),
                    Boolean.TRUE.equals(l.airsideTransit()));
            legProblems.forEach(v -> problems.add(new FieldViolation(path + "." + v.field(), v.message())));
            if (from.isPresent() && to.isPresent() && legProblems.isEmpty()) {
                attempt(path, problems, () -> new Leg(l.mode(), from.get(), to.get(), l.departure(), l.arrival(),
                        Optional.ofNullable(l.operator()), Optional.ofNullable(l.flight()),
                        Boolean.TRUE.equals(l.airsideTransit()))).ifPresent(legs::add);
            }
        }
        List<Stop> stops = new ArrayList<>();
        List<StopDetails> given = d.stops() == null ? List.of() : d.stops();
        for (int i = 0; i < given.size(); i++) {
            StopDetails s = given.get(i);
            String path = "stops[" + i + "]";
            attempt(path, problems, () -> new Stop(place(s.place()), s.from(), s.to())).ifPresent(stops::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        Optional<Trip> trip = attempt("", problems, () -> new Trip(d.travellers(), d.purpose(), d.criticality(), legs,
                stops, Optional.ofNullable(d.escort()), submittedAt));
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        return trip.orElseThrow();
    }

    private static TripPlace place(TripPlaceDetails p) {
        return new TripPlace(p.name(), p.point());
    }

    private static <T> Optional<T> attempt(String path, List<FieldViolation> problems, Supplier<T> build) {
        try {
            return Optional.of(build.get());
        } catch (InvalidValueException e) {
            String field = e.field().startsWith("legs") || e.field().startsWith("stops") || path.isEmpty() ? e.field()
                    : path + "." + e.field();
            problems.add(new FieldViolation(field, e.reason()));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldViolation(path.isEmpty() ? "body" : path,
                    e.getMessage() == null || e.getMessage().isBlank() ? "is invalid" : e.getMessage()));
        }
        return Optional.empty();
    }
}
