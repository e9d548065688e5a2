package io.vigil.rest.alerting;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.port.in.ReplyReceipt;
import io.vigil.alerting.port.in.SmsReceipt;
import java.time.Instant;

/**
 * What an SMS recorded ({@code kind}). A {@code REPLY} to a check-in: the answer recorded (a first
 * answer or a change of answer) or, when it repeated the person's latest answer and was not recorded,
 * the latest, which stands; and what that means. A {@code CALL_IN}: the sender ({@code person}), the
 * movement it went to and the instant the time given stands for ({@code at}). A {@code FLASH_REPORT}:
 * the sender, the incident report opened for the officer to complete and its category. The fields of
 * the other kinds are null.
 */
public record ReplyResource(String test, String title, boolean rollCall, String person, Answer answer,
                            Channel channel, Instant at, boolean late, boolean recorded, String outcome,
                            String kind, String movement, String incident, String category) {

    public static ReplyResource from(ReplyReceipt r) {
        var c = r.checkIn();
        return new ReplyResource(r.test().toString(), r.title(), r.rollCall(), c.person().toString(), c.answer(),
                c.channel(), c.at(), c.late(), r.recorded(), r.outcome(), "REPLY", null, null, null);
    }

    public static ReplyResource from(SmsReceipt r) {
        if (r instanceof SmsReceipt.ReplyRead reply) {
            return from(reply.reply());
        }
        if (r instanceof SmsReceipt.CallInRead c) {
            return new ReplyResource(null, null, false, c.person().toString(), null, Channel.SMS, c.at(), false, true,
                    "call-in recorded on movement " + c.movement(), "CALL_IN", c.movement(), null, null);
        }
        SmsReceipt.FlashRead f = (SmsReceipt.FlashRead) r;
        return new ReplyResource(null, null, false, f.person().toString(), null, Channel.SMS, null, false, true,
                "flash report opened as incident " + f.incident() + " for the officer to complete", "FLASH_REPORT",
                null, f.incident(), f.category());
    }
}
