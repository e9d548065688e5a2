package io.vigil.review.application;

import io.vigil.kernel.Kernel;
import io.vigil.kernel.Require;
import io.vigil.review.port.in.ReviewUseCases;
import io.vigil.review.port.out.ReviewSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The review context's one construction path: its use cases over the sections' sources, in review order. */
public final class ReviewServices {

    private ReviewServices() {
    }

    /** The review context over its sources (each a different key), read in the order given. */
    public static ReviewUseCases create(List<ReviewSource> sources, Kernel kernel) {
        Require.noNulls(sources, "sources");
        Require.nonNull(kernel, "kernel");
        Set<String> keys = new HashSet<>();
        for (ReviewSource s : sources) {
            Require.that(keys.add(s.key()), "sources", "two sources have the key " + s.key());
        }
        return new ReviewUseCases(new ProgrammeReviewService(sources, kernel));
    }
}
