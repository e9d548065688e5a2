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

    /**
     * Reads any SMS the office received and records what it says: a call-in ("OK 14:30 PK12") or a
     * flash report ("FLASH ARMED shots near the bridge") in the grammar of
     * {@link io.vigil.alerting.domain.FieldWords}, from the phone of a person of the office (the one
     * whose phone numbers hold it; the first by id when several share it), through the movement and
     * incident contexts; anything else as {@link #receive} reads it. The sender is answered by SMS in
     * their language (their preferred one, else the office's default): what was recorded or, recording
     * nothing, why not.
     *
     * @throws io.vigil.kernel.validation.InvalidCommandException as {@link #receive} does; for a call-in
     *         or flash report naming {@code from} when no person of the office has the number, {@code text}
     *         when it cannot be read, {@code time} when it is ahead of now, {@code category} when the
     *         office's taxonomy lacks it (in each case the sender is answered and nothing is recorded)
     * @throws io.vigil.kernel.RefusedException when the sender is on no movement under way then (the
     *         sender is answered and nothing is recorded)
     */
    SmsReceipt read(Actor actor, String from, String text, Instant at);
}
