package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;

/**
 * What a reply answered: the test or roll-call (by id and title), the answer recorded (or, when it
 * repeated the person's latest answer and was not recorded, the latest answer, which stands), whether
 * it was recorded, and what that means in a sentence.
 */
public record ReplyReceipt(CommTestId test, String title, boolean rollCall, CheckIn checkIn, boolean recorded,
                           String outcome) {

    /** The receipt of an answer to the test. */
    public static ReplyReceipt of(CommTestId test, String title, boolean rollCall, CheckInReceipt answer) {
        return new ReplyReceipt(test, title, rollCall, answer.checkIn(), answer.recorded(), answer.outcome());
    }
}
