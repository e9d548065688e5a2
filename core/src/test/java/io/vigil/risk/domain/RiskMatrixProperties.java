package io.vigil.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The risk matrix is data, and only complete, monotone data is a matrix. */
class RiskMatrixProperties {

    @Provide
    Arbitrary<List<List<RiskLevel>>> grids() {
        return Arbitraries.of(RiskLevel.class).list().ofSize(5).list().ofSize(5);
    }

    /** Grids made monotone by running maxima, so valid ones are generated often. */
    @Provide
    Arbitrary<List<List<RiskLevel>>> monotoneGrids() {
        return grids().map(g -> {
            List<List<RiskLevel>> rows = new ArrayList<>();
            for (int l = 0; l < 5; l++) {
                List<RiskLevel> row = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    RiskLevel c = g.get(l).get(i);
                    if (i > 0 && row.get(i - 1).compareTo(c) > 0) {
                        c = row.get(i - 1);
                    }
                    if (l > 0 && rows.get(l - 1).get(i).compareTo(c) > 0) {
                        c = rows.get(l - 1).get(i);
                    }
                    row.add(c);
                }
                rows.add(row);
            }
            return rows;
        });
    }

    private static boolean monotone(List<List<RiskLevel>> g) {
        for (int l = 0; l < 5; l++) {
            for (int i = 0; i < 5; i++) {
                if (i > 0 && g.get(l).get(i).compareTo(g.get(l).get(i - 1)) < 0
                        || l > 0 && g.get(l).get(i).compareTo(g.get(l - 1).get(i)) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    @Property
    void a_grid_is_a_matrix_exactly_when_it_is_monotone(@ForAll("grids") List<List<RiskLevel>> grid) {
        assertThat(RiskMatrix.problems(grid).isEmpty()).isEqualTo(monotone(grid));
        if (!monotone(grid)) {
            assertThatThrownBy(() -> new RiskMatrix(grid)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("cells[");
        }
    }

    @Property
    void a_higher_likelihood_or_impact_never_gives_a_lower_level(
            @ForAll("monotoneGrids") List<List<RiskLevel>> grid, @ForAll Likelihood l, @ForAll Impact i) {
        RiskMatrix m = new RiskMatrix(grid);
        RiskLevel here = m.level(l, i);
        for (Likelihood higher : Likelihood.values()) {
            if (higher.compareTo(l) >= 0) {
                assertThat(m.level(higher, i)).isGreaterThanOrEqualTo(here);
            }
        }
        for (Impact higher : Impact.values()) {
            if (higher.compareTo(i) >= 0) {
                assertThat(m.level(l, higher)).isGreaterThanOrEqualTo(here);
            }
        }
    }

    @Property
    void an_incomplete_grid_is_refused_naming_the_row(@ForAll("monotoneGrids") List<List<RiskLevel>> grid,
                                                      @ForAll("rows") int row) {
        List<List<RiskLevel>> cut = new ArrayList<>(grid);
        cut.set(row, grid.get(row).subList(0, 4));
        assertThat(RiskMatrix.problems(cut)).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("cells[" + row + "]"));
        List<List<RiskLevel>> holed = new ArrayList<>(grid);
        List<RiskLevel> withNull = new ArrayList<>(grid.get(row));
        withNull.set(2, null);
        holed.set(row, withNull);
        assertThat(RiskMatrix.problems(holed)).isNotEmpty();
        assertThat(RiskMatrix.problems(grid.subList(0, 4))).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("cells"));
    }

    @Provide
    Arbitrary<Integer> rows() {
        return Arbitraries.integers().between(0, 4);
    }

    @Test
    void the_standard_matrix_is_valid_and_spans_every_level() {
        RiskMatrix m = RiskMatrix.standard();
        assertThat(m.level(Likelihood.VERY_UNLIKELY, Impact.NEGLIGIBLE)).isEqualTo(RiskLevel.VERY_LOW);
        assertThat(m.level(Likelihood.VERY_LIKELY, Impact.CRITICAL)).isEqualTo(RiskLevel.UNACCEPTABLE);
        assertThat(m.level(Likelihood.LIKELY, Impact.SEVERE)).isEqualTo(RiskLevel.HIGH);
        assertThat(m.cells().stream().flatMap(List::stream).distinct()).containsExactlyInAnyOrder(RiskLevel.values());
    }

    @Test
    void a_matrix_is_a_copy_that_its_source_cannot_change() {
        List<List<RiskLevel>> source = new ArrayList<>();
        RiskMatrix.standard().cells().forEach(r -> source.add(new ArrayList<>(r)));
        RiskMatrix m = new RiskMatrix(source);
        source.get(4).set(4, RiskLevel.VERY_HIGH);
        assertThat(m.level(Likelihood.VERY_LIKELY, Impact.CRITICAL)).isEqualTo(RiskLevel.UNACCEPTABLE);
    }
}
