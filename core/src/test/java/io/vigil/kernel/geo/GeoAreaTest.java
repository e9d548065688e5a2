package io.vigil.kernel.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.quicktheories.QuickTheory;

class GeoAreaTest {
    /** An L-shaped (concave) area: the north-east quarter of the 2x2 square is cut away. */
    private static final GeoArea L_SHAPE = GeoArea.polygon(List.of(GeoPoint.of(0, 0), GeoPoint.of(0, 2),
            GeoPoint.of(1, 2), GeoPoint.of(1, 1), GeoPoint.of(2, 1), GeoPoint.of(2, 0)));

    @Test
    void contains_respects_a_concave_outline() {
        assertThat(L_SHAPE.contains(GeoPoint.of(0.5, 0.5))).isTrue();
        assertThat(L_SHAPE.contains(GeoPoint.of(0.5, 1.5))).isTrue();
        assertThat(L_SHAPE.contains(GeoPoint.of(1.5, 1.5))).as("in the cut-away corner").isFalse();
        assertThat(L_SHAPE.contains(GeoPoint.of(3, 3))).isFalse();
    }

    @Test
    void a_segment_crossing_the_area_touches_it_even_with_both_ends_outside() {
        assertThat(L_SHAPE.touchesSegment(GeoPoint.of(-1, 0.5), GeoPoint.of(3, 0.5))).isTrue();
        assertThat(L_SHAPE.touchesSegment(GeoPoint.of(1.5, 1.2), GeoPoint.of(1.9, 1.9))).isFalse();
    }

    @Test
    void bounds_enclose_the_vertices() {
        assertThat(L_SHAPE.bounds()).isEqualTo(new GeoBox(0, 0, 2, 2));
    }

    @Test
    void degenerate_outlines_are_refused_with_a_reason() {
        assertThatThrownBy(() -> GeoArea.polygon(List.of(GeoPoint.of(0, 0), GeoPoint.of(1, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 vertices");
        assertThatThrownBy(() -> GeoArea.polygon(List.of(GeoPoint.of(0, 0), GeoPoint.of(1, 1), GeoPoint.of(2, 2))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GeoArea.polygon(List.of(GeoPoint.of(0, 0), GeoPoint.of(1, 1), GeoPoint.of(1, 0),
                GeoPoint.of(0, 1)))).as("a bow tie crosses itself").hasMessageContaining("cross");
    }

    @Test
    void a_rectangle_contains_exactly_the_points_of_its_box() {
        GeoArea rect = GeoArea.rectangle(GeoPoint.of(-2, -3), GeoPoint.of(2, 3));
        QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20260301L)).withExamples(300)
                .forAll(doubles().between(-5, 5), doubles().between(-5, 5)).checkAssert((lat, lon) -> {
                    GeoPoint p = GeoPoint.of(lat, lon);
                    boolean strictlyInside = lat > -2 && lat < 2 && lon > -3 && lon < 3;
                    boolean onEdge = Math.abs(lat) == 2 || Math.abs(lon) == 3;
                    if (!onEdge) {
                        assertThat(rect.contains(p)).isEqualTo(strictlyInside);
                    }
                    if (rect.contains(p)) {
                        assertThat(rect.bounds().contains(p)).isTrue();
                    }
                });
    }

    @Test
    void contains_answers_as_the_polygon_covers_the_point_inside_outside_and_on_the_outline() {
        List<GeoPoint> ring = List.of(GeoPoint.of(19.410, -99.180), GeoPoint.of(19.410, -99.130),
                GeoPoint.of(19.450, -99.130), GeoPoint.of(19.455, -99.155), GeoPoint.of(19.450, -99.180));
        GeoArea district = GeoArea.polygon(ring);
        GeometryFactory factory = new GeometryFactory();
        Coordinate[] outline = new Coordinate[ring.size() + 1];
        for (int i = 0; i < ring.size(); i++) {
            outline[i] = new Coordinate(ring.get(i).longitude(), ring.get(i).latitude());
        }
        outline[ring.size()] = outline[0];
        Polygon polygon = factory.createPolygon(outline);
        for (GeoPoint vertex : ring) {
            assertThat(district.contains(vertex)).as("vertex %s", vertex).isTrue();
        }
        assertThat(district.contains(GeoPoint.of(19.410, -99.150))).as("on the south edge").isTrue();
        assertThat(district.contains(GeoPoint.of(19.4525, -99.1425))).as("on the slanted edge").isEqualTo(
                polygon.covers(factory.createPoint(new Coordinate(-99.1425, 19.4525))));
        assertThat(district.contains(GeoPoint.of(19.454, -99.179))).as("north of the roof, inside the bounds")
                .isFalse();
        QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261204L)).withExamples(2_000)
                .forAll(doubles().between(19.40, 19.46), doubles().between(-99.19, -99.12)).checkAssert((lat, lon) ->
                        assertThat(district.contains(GeoPoint.of(lat, lon))).as("(%s, %s)", lat, lon)
                                .isEqualTo(polygon.covers(factory.createPoint(new Coordinate(lon, lat)))));
    }

    @Test
    void contains_of_a_polygon_of_many_vertices_answers_as_the_polygon_covers_the_point() {
        List<GeoPoint> ring = new ArrayList<>();
        Coordinate[] outline = new Coordinate[121];
        for (int i = 0; i < 120; i++) {
            double angle = 2 * Math.PI * i / 120;
            double radius = i % 2 == 0 ? 0.05 : 0.03; // a star: concave at every other vertex
            GeoPoint vertex = GeoPoint.of(19.43 + radius * Math.sin(angle), -99.15 + radius * Math.cos(angle));
            ring.add(vertex);
            outline[i] = new Coordinate(vertex.longitude(), vertex.latitude());
        }
        outline[120] = outline[0];
        GeoArea star = GeoArea.polygon(ring);
        GeometryFactory factory = new GeometryFactory();
        Polygon polygon = factory.createPolygon(outline);
        ring.forEach(vertex -> assertThat(star.contains(vertex)).as("vertex %s", vertex).isTrue());
        QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261204L)).withExamples(2_000)
                .forAll(doubles().between(19.37, 19.49), doubles().between(-99.21, -99.09)).checkAssert((lat, lon) ->
                        assertThat(star.contains(GeoPoint.of(lat, lon))).as("(%s, %s)", lat, lon)
                                .isEqualTo(polygon.covers(factory.createPoint(new Coordinate(lon, lat)))));
    }
}
