package io.vigil.rest.alerting;

import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.port.in.RollCallStatus;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The places a roll-call's reasons name, as a GeoJSON (RFC 7946) FeatureCollection: one Point
 * (longitude first) per reason whose place the reader may read, for the affected persons and the
 * residents listed abroad ({@code state} {@code ABROAD}). A reason whose place the reader may not
 * read has no point, so it is not a feature.
 */
public record RollCallPlacesResource(String type, String rollCall, List<Feature> features) {
    /** The state of a resident listed abroad, beside the states of {@link RollCallStatus.State}. */
    public static final String ABROAD = "ABROAD";

    /** One place of one reason. */
    public record Feature(String type, Point geometry, Properties properties) {
    }

    /** A GeoJSON Point: {@code [longitude, latitude]}. */
    public record Point(String type, List<Double> coordinates) {
        static Point of(GeoPoint p) {
            return new Point("Point", List.of(p.longitude(), p.latitude()));
        }
    }

    /** Whose place, why (the reason's kind and place in words), from when until when. */
    public record Properties(String person, String name, String state, Incident.ReasonKind kind, String place,
                             Instant from, Instant until) {
    }

    public static RollCallPlacesResource from(RollCallStatus s) {
        List<Feature> features = new ArrayList<>();
        for (RollCallStatus.Person p : s.persons()) {
            p.reasons().forEach(r -> feature(features, p.person().toString(), p.name(), p.state().name(), r));
        }
        for (Incident.Abroad a : s.abroad()) {
            feature(features, a.person().toString(), a.name(), ABROAD, a.residence());
        }
        return new RollCallPlacesResource("FeatureCollection", s.rollCall().id().toString(), features);
    }

    private static void feature(List<Feature> features, String person, String name, String state, Incident.Reason r) {
        r.point().ifPresent(point -> features.add(new Feature("Feature", Point.of(point), new Properties(person, name,
                state, r.apparentKind(), r.place().orElse(null), r.from().orElse(null), r.until().orElse(null)))));
    }
}
