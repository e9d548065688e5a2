package io.vigil.alerting.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import java.util.Collection;
import java.util.List;

/**
 * Notices other contexts send through the outbox (a revoked travel clearance, say): to each named
 * person on e-mail and app where they have an address, and by SMS to the officer on call. Each
 * message's id derives from the notice's, so sending a notice again queues nothing new.
 */
public interface NoticesUseCase {
    /** Queues the notice; the persons' contacts are read with the actor's access. */
    NoticeReceipt notify(Actor actor, String noticeId, Collection<PersonId> persons, String text);

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
