package io.vigil.travel.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;

/**
 * An approved security risk assessment as the travel rules read it: its area and time frame, when
 * it was approved, and what its acceptability table says for each programme criticality.
 */
public record RiskCover(String title, Outline area, Instant validFrom, Instant validTo, Instant approvedAt,
                        Map<Criticality, Acceptance> acceptance) {
    public RiskCover {
        title = Require.text(title, "title", 200);
        Require.nonNull(area, "area");
        Require.nonNull(validFrom, "validFrom");
        Require.nonNull(validTo, "validTo");
        Require.nonNull(approvedAt, "approvedAt");
        Require.nonNull(acceptance, "acceptance");
        Require.that(acceptance.keySet().equals(EnumSet.allOf(Criticality.class)), "acceptance",
                "must answer every criticality");
        acceptance = Map.copyOf(acceptance);
    }

    /** Whether it covers the point at the instant. */
    public boolean covers(GeoPoint point, Instant at) {
        return !at.isBefore(validFrom) && at.isBefore(validTo) && area.area().contains(point);
    }
}
