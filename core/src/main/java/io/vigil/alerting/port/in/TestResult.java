package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.RequestDeliveries;
import io.vigil.alerting.domain.Score;
import io.vigil.kernel.Require;

/** A communication test with its score at the time it was read, and where its requests stand in delivery. */
public record TestResult(CommunicationTest test, Score score, RequestDeliveries deliveries) {
    public TestResult {
        Require.nonNull(test, "test");
        Require.nonNull(score, "score");
        Require.nonNull(deliveries, "deliveries");
    }

    /** A result whose deliveries were not read. */
    public TestResult(CommunicationTest test, Score score) {
        this(test, score, RequestDeliveries.none());
    }
}
