package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Score;

/** A communication test with its score at the time it was read. */
public record TestResult(CommunicationTest test, Score score) {
}
