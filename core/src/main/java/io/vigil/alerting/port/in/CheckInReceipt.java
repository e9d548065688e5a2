package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.CheckIn;
import io.vigil.kernel.Require;

/**
 * What became of an answer: {@code recorded} (a first answer, or a change of answer) with the answer
 * recorded, or not (the same answer as the person's latest) with the latest answer, which stands;
 * {@code outcome} says it in a sentence the sender can be told.
 */
public record CheckInReceipt(CheckIn checkIn, boolean recorded, String outcome) {
    public CheckInReceipt {
        Require.nonNull(checkIn, "checkIn");
        Require.nonNull(outcome, "outcome");
    }
}
