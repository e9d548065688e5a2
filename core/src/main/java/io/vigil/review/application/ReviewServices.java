package io.vigil.review.application;

import io.vigil.kernel.Kernel;
import io.vigil.kernel.Require;
import io.vigil.people.port.in.ManageOfficesUseCase;
import io.vigil.review.port.in.ReviewUseCases;
import io.vigil.review.port.out.ReviewSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The review context's one construction path: its use cases over the sections' sources, in review order. */
public final class ReviewServices {

    private ReviewServices() {
    }

    /**
     * The review context over its sources (each a different key), read in the order given; the office
     * profiles give each office's zone.
     */
    public static ReviewUseCases create(List<ReviewSource> sources, ManageOfficesUseCase offices, Kernel kernel) {
        Require.noNulls(sources, "sources");
        Require.nonNull(offices, "offices");
        Require.nonNull(kernel, "kernel");
        Set<String> keys = new HashSet<>();
        for (ReviewSource s : sources) {
            Require.that(keys.add(s.key()), "sources", "two sources have the key " + s.key());
        }
        return new ReviewUseCases(new ProgrammeReviewService(sources, offices, kernel));
    }
}
