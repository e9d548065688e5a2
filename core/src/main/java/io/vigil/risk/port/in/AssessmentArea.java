package io.vigil.risk.port.in;

import io.vigil.kernel.geo.GeoPoint;
import java.util.List;

/**
 * An approved risk assessment's area, for other contexts that look for what happens in it (the
 * incident context's trends): its id, title and outline.
 */
public record AssessmentArea(String id, String title, List<GeoPoint> area) {
    public AssessmentArea {
        area = List.copyOf(area);
    }
}
