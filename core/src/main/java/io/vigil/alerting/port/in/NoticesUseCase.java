package io.vigil.alerting.port.in;

import io.vigil.kernel.Language;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Notices other contexts send through the outbox (a revoked travel clearance, say): to each named
 * person on e-mail and app where they have an address, and by SMS to the officer on call. Each
 * message's id derives from the notice's, so sending a notice again queues nothing new. A notice's
 * id is letters, digits and dashes, at most 120 characters.
 */
public interface NoticesUseCase {
    /** Queues the notice; the persons' contacts are read with the actor's access. */
    NoticeReceipt notify(Actor actor, String noticeId, Collection<PersonId> persons, String text);

    /**
     * Queues the notice worded from the office's template of its kind: to each person in the
     * language they prefer (else the office's default), to the officer on call in the office's
     * default; {@code values} are put in as they are, {@code times} as the office's local times with
     * the zone named. The persons' contacts (and so their languages) are read with the actor's access.
     */
    NoticeReceipt notify(Actor actor, String noticeId, Collection<PersonId> persons, TemplatedNotice notice,
                         Map<String, String> values, Map<String, Instant> times);

    /**
     * Queues the notice to the persons alone (the officer on call is not told), by SMS, e-mail and
     * app wherever they have an address, worded as {@link #notify(Actor, String, Collection,
     * TemplatedNotice, Map, Map)} words it for each person; {@code officerTold} is false.
     */
    NoticeReceipt tell(Actor actor, String noticeId, Collection<PersonId> persons, TemplatedNotice notice,
                       Map<String, String> values, Map<String, Instant> times);

    /**
     * The office's wording of notices, for a context that queues its messages through an outbox of
     * its own: the office's templates and zone are read once, here, and {@link NoticeWording#word}
     * then words any notice in any language. Templates hold no personal data, so this reads no person
     * and needs no actor.
     */
    NoticeWording wording(OfficeId office);

    /** Notices worded from one office's templates, read once. */
    interface NoticeWording {
        /**
         * The notice from the office's template of its kind in {@code language} (the office's default
         * when empty): {@code values} put in as they are, {@code times} as the office's local times
         * with the zone named.
         */
        String word(TemplatedNotice notice, Optional<Language> language, Map<String, String> values,
                    Map<String, Instant> times);
    }

    /**
     * What a notice queued.
     *
     * @param queued      messages queued now
     * @param unreachable the persons with neither an e-mail nor an app address
     * @param officerTold whether an officer was on call to be told
     */
    record NoticeReceipt(int queued, List<PersonId> unreachable, boolean officerTold) {
        public NoticeReceipt {
            unreachable = List.copyOf(unreachable);
        }
    }
}
