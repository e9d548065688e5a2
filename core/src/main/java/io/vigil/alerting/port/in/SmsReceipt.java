package io.vigil.alerting.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.time.Instant;

/** What an SMS the office received recorded: an answer to a check-in, a call-in, or a flash report. */
public sealed interface SmsReceipt {
    /** The answer to a communication test or roll-call. */
    record ReplyRead(ReplyReceipt reply) implements SmsReceipt {
        public ReplyRead {
            Require.nonNull(reply, "reply");
        }
    }

    /** A call-in of the sender recorded on their movement under way ({@code movement}: its id) at {@code at}. */
    record CallInRead(PersonId person, String movement, Instant at) implements SmsReceipt {
        public CallInRead {
            Require.nonNull(person, "person");
            movement = Require.text(movement, "movement", 100);
            Require.nonNull(at, "at");
        }
    }

    /** A flash report of the sender opened as incident report {@code incident} of the category. */
    record FlashRead(PersonId person, String incident, String category) implements SmsReceipt {
        public FlashRead {
            Require.nonNull(person, "person");
            incident = Require.text(incident, "incident", 100);
            category = Require.text(category, "category", 50);
        }
    }
}
