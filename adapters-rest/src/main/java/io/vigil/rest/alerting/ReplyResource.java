package io.vigil.rest.alerting;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.port.in.ReplyReceipt;
import java.time.Instant;

/**
 * What an SMS reply answered: the answer recorded (a first answer or a change of answer) or, when it
 * repeated the person's latest answer and was not recorded, the latest, which stands; and what that means.
 */
public record ReplyResource(String test, String title, boolean rollCall, String person, Answer answer,
                            Channel channel, Instant at, boolean late, boolean recorded, String outcome) {

    public static ReplyResource from(ReplyReceipt r) {
        var c = r.checkIn();
        return new ReplyResource(r.test().toString(), r.title(), r.rollCall(), c.person().toString(), c.answer(),
                c.channel(), c.at(), c.late(), r.recorded(), r.outcome());
    }
}
