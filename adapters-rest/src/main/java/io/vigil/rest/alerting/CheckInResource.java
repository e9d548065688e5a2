package io.vigil.rest.alerting;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.port.in.CheckInReceipt;
import java.time.Instant;

/**
 * What became of an answer: the answer recorded (or, when it repeated the person's latest answer,
 * the latest, which stands), whether it was recorded, and what that means; for an answer recorded on
 * the person's behalf, who recorded it and when ({@code at} is when it was obtained), null otherwise.
 */
public record CheckInResource(String person, Answer answer, Channel channel, Instant at, boolean late,
                              boolean recorded, String outcome, String recordedBy, Instant recordedAt) {

    public static CheckInResource from(CheckInReceipt r) {
        var c = r.checkIn();
        return new CheckInResource(c.person().toString(), c.answer(), c.channel(), c.at(), c.late(), r.recorded(),
                r.outcome(), c.onBehalf().map(CheckIn.OnBehalf::by).orElse(null),
                c.onBehalf().map(CheckIn.OnBehalf::recordedAt).orElse(null));
    }
}
