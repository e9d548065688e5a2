package io.vigil.testkit.generators;

import org.quicktheories.QuickTheory;

/** QuickTheories with a fixed seed and a modest number of examples, so every run of a property is the same. */
public final class Theories {
    /** The seed every property of the project runs with. */
    public static final long SEED = 20_260_101L;

    private Theories() {
    }

    /** A theory that tries this many examples from the fixed seed. */
    public static QuickTheory qt(int examples) {
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
    }
}
