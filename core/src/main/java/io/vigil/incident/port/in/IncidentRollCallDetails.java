package io.vigil.incident.port.in;

import io.vigil.incident.domain.NoticeChannel;
import io.vigil.kernel.geo.GeoPoint;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * A roll-call over an incident's area: the channels to ask on, and the outline (default the
 * incident's area; required for an incident placed at a point).
 */
public record IncidentRollCallDetails(@NotEmpty Set<@NotNull NoticeChannel> channels,
                                      @Size(max = 200) List<@NotNull GeoPoint> outline) {
    public IncidentRollCallDetails {
        outline = outline == null ? List.of() : outline;
    }
}
