package io.vigil.risk.domain;

import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.validation.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Likelihood × impact → risk level, as data. {@code cells.get(l).get(i)} is the level for the
 * l-th {@link Likelihood} and the i-th {@link Impact}, lowest first. A matrix is complete (one
 * level for every pair) and monotone: a higher likelihood or a higher impact never gives a lower
 * level. {@link #problems} says what is wrong with a candidate; the constructor refuses one that
 * has any.
 */
public record RiskMatrix(List<List<RiskLevel>> cells) {
    private static final int L = Likelihood.values().length;
    private static final int I = Impact.values().length;

    public RiskMatrix {
        List<FieldViolation> problems = problems(cells);
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems.get(0).field(), problems.get(0).message());
        }
        cells = cells.stream().map(List::copyOf).toList();
    }

    /** The default matrix, as in the UN security risk management manual. */
    public static RiskMatrix standard() {
        RiskLevel vl = RiskLevel.VERY_LOW;
        RiskLevel lo = RiskLevel.LOW;
        RiskLevel me = RiskLevel.MEDIUM;
        RiskLevel hi = RiskLevel.HIGH;
        RiskLevel vh = RiskLevel.VERY_HIGH;
        RiskLevel un = RiskLevel.UNACCEPTABLE;
        return new RiskMatrix(List.of(
                List.of(vl, vl, vl, lo, lo),     // very unlikely
                List.of(vl, lo, lo, me, me),     // unlikely
                List.of(vl, lo, me, hi, hi),     // moderately likely
                List.of(lo, me, hi, hi, vh),     // likely
                List.of(lo, me, hi, vh, un)));   // very likely
    }

    /** The level of a threat of this likelihood and impact. */
    public RiskLevel level(Likelihood likelihood, Impact impact) {
        return cells.get(likelihood.ordinal()).get(impact.ordinal());
    }

    /** Everything that keeps {@code cells} from being a matrix, each naming the cell; empty if none. */
    public static List<FieldViolation> problems(List<List<RiskLevel>> cells) {
        List<FieldViolation> problems = new ArrayList<>();
        if (cells == null || cells.size() != L) {
            problems.add(new FieldViolation("cells", "must have " + L + " rows, one per likelihood from "
                    + Likelihood.values()[0] + " to " + Likelihood.values()[L - 1]));
            return problems;
        }
        for (int l = 0; l < L; l++) {
            List<RiskLevel> row = cells.get(l);
            if (row == null || row.size() != I || row.stream().anyMatch(Objects::isNull)) {
                problems.add(new FieldViolation(cell(l, -1), "must have a level for each of the " + I
                        + " impacts from " + Impact.values()[0] + " to " + Impact.values()[I - 1]));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (int l = 0; l < L; l++) {
            for (int i = 0; i < I; i++) {
                RiskLevel here = cells.get(l).get(i);
                if (i > 0 && here.compareTo(cells.get(l).get(i - 1)) < 0) {
                    problems.add(new FieldViolation(cell(l, i), "is " + here + ", lower than " + cells.get(l).get(i - 1)
                            + " for the lower impact " + Impact.values()[i - 1] + " at " + Likelihood.values()[l]));
                }
                if (l > 0 && here.compareTo(cells.get(l - 1).get(i)) < 0) {
                    problems.add(new FieldViolation(cell(l, i), "is " + here + ", lower than " + cells.get(l - 1).get(i)
                            + " for the lower likelihood " + Likelihood.values()[l - 1] + " at " + Impact.values()[i]));
                }
            }
        }
        return problems;
    }

    private static String cell(int l, int i) {
        return "cells[" + l + "]" + (i < 0 ? "" : "[" + i + "]");
    }
}
