package io.vigil.kernel.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeoBoxTest {
    @Test
    void the_box_around_two_points_spans_from_the_lower_to_the_higher_of_each_coordinate() {
        GeoPoint reforma = GeoPoint.of(19.42, -99.16);
        GeoPoint oaxaca = GeoPoint.of(17.06, -96.72);
        assertThat(GeoBox.around(reforma, oaxaca)).isEqualTo(new GeoBox(17.06, -99.16, 19.42, -96.72));
        assertThat(GeoBox.around(oaxaca, reforma)).isEqualTo(new GeoBox(17.06, -99.16, 19.42, -96.72));
        assertThat(GeoBox.around(reforma, reforma)).isEqualTo(new GeoBox(19.42, -99.16, 19.42, -99.16));
    }

    @Test
    void the_box_around_two_points_is_the_box_around_the_list_of_them_even_at_the_poles_and_the_antimeridian() {
        List<GeoPoint> points = List.of(GeoPoint.of(90, 180), GeoPoint.of(-90, -180), GeoPoint.of(0, 0),
                GeoPoint.of(-0.0, -0.0), GeoPoint.of(19.42, -99.16), GeoPoint.of(-33.9, 151.2));
        for (GeoPoint a : points) {
            for (GeoPoint b : points) {
                assertThat(GeoBox.around(a, b)).as("%s and %s", a, b).isEqualTo(GeoBox.around(List.of(a, b)));
            }
        }
    }
}
