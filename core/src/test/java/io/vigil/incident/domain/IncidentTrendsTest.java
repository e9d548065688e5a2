package io.vigil.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Trends, hand-worked: three of one category inside the area within 90 days, both ends included. */
class IncidentTrendsTest {
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final GeoArea POLANCO = GeoArea.rectangle(GeoPoint.of(19.42, -99.21), GeoPoint.of(19.45, -99.17));
    private static final GeoPoint INSIDE = GeoPoint.of(19.43, -99.19);
    private static final GeoPoint OUTSIDE = GeoPoint.of(19.30, -99.10);

    private static IncidentReport at(String category, String subtype, long daysAgo, GeoPoint where) {
        Instant t = NOW.minus(Duration.ofDays(daysAgo));
        return new IncidentReport(IncidentReportId.random(), OfficeId.of("MX-MEX"), 1, category, subtype, "x", "", t,
                t, new IncidentPlace("street", Optional.of(where), List.of()), List.of(), List.of(), Severity.MINOR,
                "guard", Verification.UNVERIFIED, "associate", Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), List.of(), ReportStatus.OPEN, Optional.empty());
    }

    @Test
    void three_crimes_inside_within_90_days_make_a_trend_of_crime_and_nothing_else_does() {
        IncidentReport a = at("crime", "carjacking", 90, INSIDE);
        IncidentReport b = at("crime", "armed-robbery", 40, INSIDE);
        IncidentReport c = at("crime", "theft", 0, INSIDE);
        List<IncidentReport> noise = List.of(at("crime", "theft", 91, INSIDE), at("crime", "theft", 5, OUTSIDE),
                at("hazards", "fire", 3, INSIDE), at("hazards", "fire", 4, INSIDE));
        var trends = IncidentTrends.trends(List.of(c, noise.get(0), b, noise.get(1), a, noise.get(2), noise.get(3)),
                POLANCO, NOW);
        assertThat(trends).containsOnlyKeys("crime");
        assertThat(trends.get("crime")).containsExactly(a, b, c);
    }

    @Test
    void two_are_no_trend_and_an_area_counts_when_a_corner_lies_inside() {
        IncidentReport a = at("civil-unrest", "demonstration", 10, INSIDE);
        IncidentReport b = at("civil-unrest", "demonstration", 11, INSIDE);
        assertThat(IncidentTrends.trends(List.of(a, b), POLANCO, NOW)).isEmpty();
        Instant t = NOW.minus(Duration.ofDays(2));
        IncidentReport area = new IncidentReport(IncidentReportId.random(), OfficeId.of("MX-MEX"), 1, "civil-unrest",
                "riot", "x", "", t, t, new IncidentPlace("Reforma", Optional.empty(), List.of(GeoPoint.of(19.44, -99.18),
                GeoPoint.of(19.50, -99.18), GeoPoint.of(19.50, -99.10))), List.of(), List.of(), Severity.MINOR, "guard",
                Verification.UNVERIFIED, "associate", Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), List.of(), ReportStatus.OPEN, Optional.empty());
        assertThat(IncidentTrends.trends(List.of(a, b, area), POLANCO, NOW).get("civil-unrest")).hasSize(3);
    }
}
