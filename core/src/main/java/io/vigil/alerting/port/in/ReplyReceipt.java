package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;

/**
 * What a reply answered: the test or roll-call (by id and title) and the answer that counts for
 * the person (their first, if they had answered before).
 */
public record ReplyReceipt(CommTestId test, String title, boolean rollCall, CheckIn checkIn) {
}
