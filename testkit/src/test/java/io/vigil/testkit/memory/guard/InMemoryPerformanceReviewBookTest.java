package io.vigil.testkit.memory.guard;

import io.vigil.guard.port.out.PerformanceReviewBook;
import io.vigil.testkit.contract.guard.PerformanceReviewBookContract;

class InMemoryPerformanceReviewBookTest extends PerformanceReviewBookContract {
    private static final InMemoryPerformanceReviewBook STORE = new InMemoryPerformanceReviewBook();

    @Override
    protected PerformanceReviewBook store() {
        return STORE;
    }
}
