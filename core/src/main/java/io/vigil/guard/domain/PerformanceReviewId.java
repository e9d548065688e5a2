package io.vigil.guard.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a performance review of the guard-force context. */
public record PerformanceReviewId(UUID value) {
    public PerformanceReviewId {
        Require.nonNull(value, "performanceReviewId");
    }

    /** A new random id. */
    public static PerformanceReviewId random() {
        return new PerformanceReviewId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static PerformanceReviewId of(String text) {
        return new PerformanceReviewId(Ids.parse(text, "performanceReviewId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
