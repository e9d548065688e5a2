package io.vigil.rest.alerting;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.port.in.ReplyReceipt;
import java.time.Instant;

/** What an SMS reply answered, and the answer that counts for the person (their first). */
public record ReplyResource(String test, String title, boolean rollCall, String person, Answer answer,
                            Channel channel, Instant at, boolean late) {

    public static ReplyResource from(ReplyReceipt r) {
        var c = r.checkIn();
        return new ReplyResource(r.test().toString(), r.title(), r.rollCall(), c.person().toString(), c.answer(),
                c.channel(), c.at(), c.late());
    }
}
