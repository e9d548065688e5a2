package io.vigil.risk.domain;

import static io.vigil.risk.domain.RiskLevel.HIGH;
import static io.vigil.risk.domain.RiskLevel.LOW;
import static io.vigil.risk.domain.RiskLevel.MEDIUM;
import static io.vigil.risk.domain.RiskLevel.UNACCEPTABLE;
import static io.vigil.risk.domain.RiskLevel.VERY_HIGH;
import static io.vigil.risk.domain.RiskLevel.VERY_LOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.validation.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The risk matrix is data, and only complete, monotone data is a matrix. Oracles: the standard
 * matrix written out cell by cell; grids monotone by construction; grids with one cell planted
 * below a neighbour; and, for arbitrary grids, the rule as stated (no cell lower than any cell at
 * or below both its likelihood and its impact), not the neighbour-by-neighbour check the code does.
 */
class RiskMatrixProperties {
    private static final Gen<RiskLevel> LEVELS = Generate.enumValues(RiskLevel.class);
    private static final Gen<Likelihood> LIKELIHOODS = Generate.enumValues(Likelihood.class);
    private static final Gen<Impact> IMPACTS = Generate.enumValues(Impact.class);

    /** The standard matrix: one row per likelihood, one column per impact, NEGLIGIBLE to CRITICAL. */
    private static final List<List<RiskLevel>> STANDARD = List.of(
            List.of(VERY_LOW, VERY_LOW, VERY_LOW, LOW, LOW),               // very unlikely
            List.of(VERY_LOW, LOW, LOW, MEDIUM, MEDIUM),                   // unlikely
            List.of(VERY_LOW, LOW, MEDIUM, HIGH, HIGH),                    // moderately likely
            List.of(LOW, MEDIUM, HIGH, HIGH, VERY_HIGH),                   // likely
            List.of(LOW, MEDIUM, HIGH, VERY_HIGH, UNACCEPTABLE));          // very likely

    /** A fixed seed, so every run tries the same cases; -DQT_SEED=... tries others. */
    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20260301L)).withExamples(200);
    }

    /** A level raised on a cell and on every cell of higher-or-equal likelihood and impact. */
    private record Raise(int likelihood, int impact, RiskLevel level) {
    }

    private static final Gen<Raise> RAISES = integers().between(0, 4)
            .zip(integers().between(0, 4), LEVELS, Raise::new);

    /** The all-VERY_LOW grid with each raise applied: monotone by construction, and every monotone grid is one. */
    private static List<List<RiskLevel>> raised(List<Raise> raises) {
        List<List<RiskLevel>> grid = new ArrayList<>();
        for (int l = 0; l < 5; l++) {
            List<RiskLevel> row = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                RiskLevel c = VERY_LOW;
                for (Raise r : raises) {
                    if (l >= r.likelihood() && i >= r.impact() && r.level().compareTo(c) > 0) {
                        c = r.level();
                    }
                }
                row.add(c);
            }
            grid.add(row);
        }
        return grid;
    }

    private static Gen<List<List<RiskLevel>>> monotoneGrids() {
        return lists().of(RAISES).ofSizeBetween(0, 8).map(RiskMatrixProperties::raised);
    }

    private static Gen<List<List<RiskLevel>>> anyGrids() {
        return lists().of(lists().of(LEVELS).ofSize(5)).ofSize(5);
    }

    /** Every row rising with impact, the columns left to chance: monotone one way only, most of the time. */
    private static Gen<List<List<RiskLevel>>> rowsSorted() {
        return anyGrids().map(g -> g.stream().map(r -> r.stream().sorted().toList()).toList());
    }

    /** Every column rising with likelihood, the rows left to chance. */
    private static Gen<List<List<RiskLevel>>> columnsSorted() {
        return rowsSorted().map(RiskMatrixProperties::transposed);
    }

    private static List<List<RiskLevel>> transposed(List<List<RiskLevel>> g) {
        List<List<RiskLevel>> t = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            List<RiskLevel> row = new ArrayList<>();
            for (int l = 0; l < 5; l++) {
                row.add(g.get(l).get(i));
            }
            t.add(row);
        }
        return t;
    }

    /** Grids of every kind: random, monotone, monotone one way only, and monotone but for one cell. */
    private static Gen<List<List<RiskLevel>>> grids() {
        return Generate.frequency(List.of(Pair.of(1, anyGrids()), Pair.of(2, monotoneGrids()),
                Pair.of(2, rowsSorted()), Pair.of(2, columnsSorted()), Pair.of(2, planted().map(Planted::grid))));
    }

    /** The rule as the domain states it: a higher (or equal) likelihood and impact never give a lower level. */
    private static boolean noCellBelowOneItDominates(List<List<RiskLevel>> g) {
        for (int l1 = 0; l1 < 5; l1++) {
            for (int i1 = 0; i1 < 5; i1++) {
                for (int l2 = l1; l2 < 5; l2++) {
                    for (int i2 = i1; i2 < 5; i2++) {
                        if (g.get(l2).get(i2).compareTo(g.get(l1).get(i1)) < 0) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    @Test
    void the_standard_matrix_is_the_manuals_in_every_cell() {
        RiskMatrix m = RiskMatrix.standard();
        for (Likelihood l : Likelihood.values()) {
            for (Impact i : Impact.values()) {
                assertThat(m.level(l, i)).as(l + " " + i).isEqualTo(STANDARD.get(l.ordinal()).get(i.ordinal()));
            }
        }
        assertThat(m.cells().stream().flatMap(List::stream).distinct()).containsExactlyInAnyOrder(RiskLevel.values());
    }

    @Test
    void a_grid_is_a_matrix_exactly_when_no_cell_is_below_one_it_dominates() {
        qt().forAll(grids()).checkAssert(grid -> {
            assertThat(RiskMatrix.problems(grid).isEmpty()).isEqualTo(noCellBelowOneItDominates(grid));
            if (!noCellBelowOneItDominates(grid)) {
                assertThatThrownBy(() -> new RiskMatrix(grid)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith("cells[");
            }
        });
    }

    @Test
    void a_grid_monotone_by_construction_is_a_matrix_that_reads_its_cells() {
        qt().forAll(monotoneGrids(), LIKELIHOODS, IMPACTS).checkAssert((grid, l, i) -> {
            assertThat(RiskMatrix.problems(grid)).isEmpty();
            assertThat(new RiskMatrix(grid).level(l, i)).isEqualTo(grid.get(l.ordinal()).get(i.ordinal()));
        });
    }

    @Test
    void a_higher_likelihood_or_impact_never_gives_a_lower_level() {
        qt().forAll(monotoneGrids(), LIKELIHOODS, IMPACTS).checkAssert((grid, l, i) -> {
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
        });
    }

    /** A monotone grid in which the cell at (likelihood, impact) was then set below its lower neighbour. */
    private record Planted(List<List<RiskLevel>> grid, int likelihood, int impact) {
    }

    private static Gen<Planted> planted() {
        Gen<Integer> axis = integers().between(0, 1);
        Gen<Integer> step = integers().between(1, 4);
        Gen<Integer> across = integers().between(0, 4);
        Gen<Integer> neighbourLevel = integers().between(1, 5);
        Gen<int[]> where = axis.zip(step, across, neighbourLevel, (a, s, x, n) -> new int[] {a, s, x, n});
        return lists().of(RAISES).ofSizeBetween(0, 6).zip(where, integers().between(0, 4), (raises, w, below) -> {
            int l = w[0] == 0 ? w[1] : w[2];
            int i = w[0] == 0 ? w[2] : w[1];
            int nl = w[0] == 0 ? l - 1 : l;
            int ni = w[0] == 0 ? i : i - 1;
            List<Raise> all = new ArrayList<>(raises);
            all.add(new Raise(nl, ni, RiskLevel.values()[w[3]]));
            List<List<RiskLevel>> grid = raised(all);
            int neighbour = grid.get(nl).get(ni).ordinal();
            List<RiskLevel> row = new ArrayList<>(grid.get(l));
            row.set(i, RiskLevel.values()[below % neighbour]);
            grid.set(l, row);
            return new Planted(grid, l, i);
        });
    }

    @Test
    void a_cell_below_its_lower_neighbour_is_refused_naming_that_cell_alone() {
        qt().forAll(planted()).checkAssert(p -> {
            String cell = "cells[" + p.likelihood() + "][" + p.impact() + "]";
            assertThat(RiskMatrix.problems(p.grid())).isNotEmpty().extracting(FieldViolation::field)
                    .containsOnly(cell);
            assertThatThrownBy(() -> new RiskMatrix(p.grid())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(cell + " ");
        });
    }

    @Test
    void an_incomplete_grid_is_refused_naming_the_row() {
        qt().forAll(monotoneGrids(), integers().between(0, 4)).checkAssert((grid, row) -> {
            List<List<RiskLevel>> cut = new ArrayList<>(grid);
            cut.set(row, grid.get(row).subList(0, 4));
            assertThat(RiskMatrix.problems(cut)).singleElement()
                    .satisfies(p -> assertThat(p.field()).isEqualTo("cells[" + row + "]"));
            List<List<RiskLevel>> holed = new ArrayList<>(grid);
            List<RiskLevel> withNull = new ArrayList<>(grid.get(row));
            withNull.set(2, null);
            holed.set(row, withNull);
            assertThat(RiskMatrix.problems(holed)).singleElement()
                    .satisfies(p -> assertThat(p.field()).isEqualTo("cells[" + row + "]"));
            assertThat(RiskMatrix.problems(grid.subList(0, 4))).singleElement()
                    .satisfies(p -> assertThat(p.field()).isEqualTo("cells"));
        });
    }

    @Test
    void a_hand_worked_dent_in_the_standard_matrix_is_refused_against_both_lower_neighbours() {
        List<List<RiskLevel>> dented = new ArrayList<>(STANDARD);
        dented.set(3, List.of(LOW, MEDIUM, LOW, HIGH, VERY_HIGH)); // likely × moderate lowered from HIGH to LOW
        assertThat(RiskMatrix.problems(dented)).extracting(FieldViolation::field, FieldViolation::message)
                .containsExactly(
                        tuple("cells[3][2]",
                                "is LOW, lower than MEDIUM for the lower impact MINOR at LIKELY"),
                        tuple("cells[3][2]",
                                "is LOW, lower than MEDIUM for the lower likelihood MODERATELY_LIKELY at MODERATE"));
    }

    @Test
    void a_matrix_is_a_copy_that_its_source_cannot_change() {
        List<List<RiskLevel>> source = new ArrayList<>();
        STANDARD.forEach(r -> source.add(new ArrayList<>(r)));
        RiskMatrix m = new RiskMatrix(source);
        source.get(4).set(4, VERY_HIGH);
        assertThat(m.level(Likelihood.VERY_LIKELY, Impact.CRITICAL)).isEqualTo(UNACCEPTABLE);
    }
}
