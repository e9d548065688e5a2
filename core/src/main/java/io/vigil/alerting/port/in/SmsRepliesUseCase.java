package io.vigil.alerting.port.in;

import io.vigil.kernel.access.Actor;
import java.time.Instant;

/**
 * SMS replies as an SMS provider receives them: the text is read with the reply words of every
 * language ({@link io.vigil.alerting.domain.ReplyWords}), the answer recorded as
 * {@link CommunicationTestsUseCase#reply} records it, and the sender answered by SMS in their
 * language (their preferred one, else the office's default): that their answer is recorded, or,
 * recording nothing, that the reply was not understood or that nothing waits on their number.
 */
public interface SmsRepliesUseCase {
    /**
     * Reads and records a reply, and queues the answer to the sender.
     *
     * @throws io.vigil.kernel.validation.InvalidCommandException naming {@code text} when it gives no
     *         answer, {@code from} when it is blank, longer than 40 characters, or no request was sent to
     *         it (in each case the sender is answered and nothing is recorded)
     */
    ReplyReceipt receive(Actor actor, String from, String text, Instant at);
}
