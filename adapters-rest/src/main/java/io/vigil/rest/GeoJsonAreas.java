package io.vigil.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.risk.domain.MovementRule;
import io.vigil.risk.domain.RestrictedArea;
import io.vigil.risk.port.in.RestrictedAreaDetails;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Restricted areas as a GeoJSON (RFC 7946) FeatureCollection of Polygons, longitude first. The
 * properties are {@code name}, {@code rules} (an array of movement rules), {@code reason},
 * {@code validFrom} and {@code validTo}; only a polygon's outer ring is used.
 */
public final class GeoJsonAreas {
    public static final String MEDIA_TYPE = "application/geo+json";

    private final ObjectMapper json;

    public GeoJsonAreas(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode write(List<RestrictedArea> areas) {
        ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (RestrictedArea a : areas) {
            ObjectNode f = features.addObject().put("type", "Feature").put("id", a.id().toString());
            ObjectNode geometry = f.putObject("geometry").put("type", "Polygon");
            ArrayNode ring = geometry.putArray("coordinates").addArray();
            List<GeoPoint> closed = new ArrayList<>(a.outline());
            closed.add(a.outline().get(0));
            closed.forEach(p -> ring.addArray().add(p.longitude()).add(p.latitude()));
            ObjectNode props = f.putObject("properties").put("name", a.name()).put("reason", a.reason())
                    .put("validFrom", a.validFrom().toString());
            a.validTo().ifPresent(t -> props.put("validTo", t.toString()));
            ArrayNode rules = props.putArray("rules");
            a.rules().stream().sorted().forEach(r -> rules.add(r.name()));
        }
        return collection;
    }

    /** The areas of a FeatureCollection; every problem is reported, each naming its feature. */
    public List<RestrictedAreaDetails> read(JsonNode doc) {
        List<FieldViolation> problems = new ArrayList<>();
        if (!"FeatureCollection".equals(doc.path("type").asText()) || !doc.path("features").isArray()) {
            throw InvalidCommandException.of("type", "must be a GeoJSON FeatureCollection with a features array");
        }
        List<RestrictedAreaDetails> areas = new ArrayList<>();
        int i = 0;
        for (JsonNode f : doc.path("features")) {
            String at = "features[" + i++ + "]";
            try {
                areas.add(feature(f, at));
            } catch (InvalidCommandException e) {
                problems.addAll(e.violations());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        return areas;
    }

    private RestrictedAreaDetails feature(JsonNode f, String at) {
        JsonNode geometry = f.path("geometry");
        if (!"Polygon".equals(geometry.path("type").asText()) || !geometry.path("coordinates").path(0).isArray()) {
            throw InvalidCommandException.of(at + ".geometry", "must be a Polygon");
        }
        List<GeoPoint> outline = new ArrayList<>();
        for (JsonNode position : geometry.path("coordinates").path(0)) {
            if (!position.path(0).isNumber() || !position.path(1).isNumber()) {
                throw InvalidCommandException.of(at + ".geometry.coordinates", "must be [longitude, latitude] pairs");
            }
            try {
                outline.add(GeoPoint.of(position.path(1).asDouble(), position.path(0).asDouble()));
            } catch (IllegalArgumentException e) {
                throw InvalidCommandException.of(at + ".geometry.coordinates", e.getMessage());
            }
        }
        if (outline.size() > 3 && outline.get(0).equals(outline.get(outline.size() - 1))) {
            outline.remove(outline.size() - 1);
        }
        JsonNode props = f.path("properties");
        Set<MovementRule> rules = EnumSet.noneOf(MovementRule.class);
        for (JsonNode r : props.path("rules")) {
            try {
                rules.add(MovementRule.valueOf(r.asText().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw InvalidCommandException.of(at + ".properties.rules", "must be among "
                        + List.of(MovementRule.values()) + ", was '" + r.asText() + "'");
            }
        }
        return new RestrictedAreaDetails(props.path("name").asText(null), outline, rules,
                props.path("reason").asText(null), instant(props, "validFrom", at), instant(props, "validTo", at));
    }

    private static Instant instant(JsonNode props, String name, String at) {
        if (!props.hasNonNull(name)) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(props.path(name).asText());
        } catch (DateTimeParseException e) {
            throw InvalidCommandException.of(at + ".properties." + name, "must be an ISO-8601 instant");
        }
        return InstantWindow.check(at + ".properties." + name, instant);
    }
}
