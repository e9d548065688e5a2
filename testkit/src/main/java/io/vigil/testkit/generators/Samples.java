package io.vigil.testkit.generators;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/** Single values from generators for example-based tests: a fixed-seed stream of draws, the same on every run. */
public final class Samples {
    /** QuickTheories starts every run with the shrink target, the minima and the maxima; draws skip those. */
    private static final int BOUNDARIES = 3;
    private long seed;

    /** A stream of draws starting at the seed. */
    public Samples(long seed) {
        this.seed = seed;
    }

    /** One value of the generator, drawn with the next seed of this stream. */
    public synchronized <T> T draw(Gen<T> gen) {
        return one(gen, seed++);
    }

    /** The value the generator gives for the seed: the same seed, the same value (up to the random ids inside). */
    public static <T> T one(Gen<T> gen, long seed) {
        List<T> drawn = new ArrayList<>();
        QuickTheory.qt().withFixedSeed(seed).withExamples(BOUNDARIES + 1).withShrinkCycles(0).forAll(gen)
                .checkAssert(drawn::add);
        if (drawn.isEmpty()) {
            throw new IllegalStateException("the generator gave no value for seed " + seed);
        }
        return drawn.get(drawn.size() - 1);
    }
}
