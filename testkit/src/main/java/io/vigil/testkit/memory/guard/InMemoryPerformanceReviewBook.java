package io.vigil.testkit.memory.guard;

import io.vigil.guard.domain.PerformanceReview;
import io.vigil.guard.domain.PerformanceReviewId;
import io.vigil.guard.port.out.PerformanceReviewBook;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link PerformanceReviewBook} in memory. */
public final class InMemoryPerformanceReviewBook extends InMemoryVersionedStore<PerformanceReviewId, PerformanceReview> implements PerformanceReviewBook.Scanned {
    public InMemoryPerformanceReviewBook() {
        super("guard-review");
    }
}
