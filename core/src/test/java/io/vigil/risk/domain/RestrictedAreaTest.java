package io.vigil.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RestrictedAreaTest {
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-02-01T00:00:00Z");
    private final RestrictedArea area = new RestrictedArea(RestrictedAreaId.random(), OfficeId.of("MX-MEX"), 0,
            "Box", GeoArea.rectangle(GeoPoint.of(0, 0), GeoPoint.of(1, 1)).vertices(), Set.of(MovementRule.FORBIDDEN),
            null, FROM, Optional.of(TO));

    @Test
    void applies_at_a_point_inside_while_in_force() {
        Instant mid = Instant.parse("2026-01-15T00:00:00Z");
        assertThat(area.appliesTo(List.of(GeoPoint.of(0.5, 0.5)), mid)).isTrue();
        assertThat(area.appliesTo(List.of(GeoPoint.of(1.5, 0.5)), mid)).isFalse();
        assertThat(area.appliesTo(List.of(GeoPoint.of(0.5, 0.5)), TO)).as("validTo is exclusive").isFalse();
        assertThat(area.appliesTo(List.of(GeoPoint.of(0.5, 0.5)), FROM)).isTrue();
    }

    @Test
    void applies_along_a_route_that_crosses_it_even_between_points_outside() {
        Instant mid = Instant.parse("2026-01-15T00:00:00Z");
        assertThat(area.appliesTo(List.of(GeoPoint.of(-1, 0.5), GeoPoint.of(2, 0.5)), mid)).isTrue();
        assertThat(area.appliesTo(List.of(GeoPoint.of(-1, 2), GeoPoint.of(2, 2)), mid)).isFalse();
        assertThat(area.appliesTo(List.of(), mid)).isFalse();
    }

    @Test
    void an_area_needs_a_rule_and_a_time_frame_that_runs_forward() {
        assertThatThrownBy(() -> new RestrictedArea(area.id(), area.office(), 0, "x", area.outline(), Set.of(), "",
                FROM, Optional.empty())).hasMessageStartingWith("rules");
        assertThatThrownBy(() -> new RestrictedArea(area.id(), area.office(), 0, "x", area.outline(),
                area.rules(), "", TO, Optional.of(FROM))).hasMessageStartingWith("validTo");
    }
}
