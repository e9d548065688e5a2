package io.vigil.liaison.port.in;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.liaison.domain.LiaisonContactId;
import java.time.Instant;
import java.util.List;

/**
 * The contacts of the organisations the office liaises with (at most {@value #MAX_CONTACTS}), by
 * name. A confidential contact is need-to-know: only the security roles read or write it, it is
 * absent from the lists of anyone else and not found by them, and every read is audited with the
 * contact's name. A contact with entries in the contact or information log is not removed.
 */
public interface ContactsUseCase extends RecordsUseCase<LiaisonContactId, LiaisonContactDetails, LiaisonContact> {
    /** The most contacts an office keeps. */
    int MAX_CONTACTS = 2000;

    /**
     * The contacts the actor may read that are stale at {@code at} (not reached for more than their
     * threshold of days, counting only log entries at or before {@code at}), longest unreached first.
     */
    List<StaleContact> stale(Actor actor, Instant at);
}
