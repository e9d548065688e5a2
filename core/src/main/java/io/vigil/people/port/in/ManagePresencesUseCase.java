package io.vigil.people.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.PresenceId;
import java.time.Instant;
import java.util.List;

/** Record arrivals in and departures from the country. */
public interface ManagePresencesUseCase extends RecordsUseCase<PresenceId, PresenceDetails, Presence> {

    /** Records a stay; refused if it overlaps another stay of the same person. */
    @Override
    Presence create(Actor actor, PresenceDetails details);

    /** Records a stay: {@link #create}. */
    default Presence record(Actor actor, PresenceDetails details) {
        return create(actor, details);
    }

    /** Records the departure of an open stay. */
    Presence depart(Actor actor, PresenceId id, long expectedVersion, Instant departure);

    /** Replaces a stay's details at the expected version. */
    Presence update(Actor actor, PresenceId id, long expectedVersion, PresenceDetails details);

    /** Removes a stay at the expected version. */
    void remove(Actor actor, PresenceId id, long expectedVersion);

    /** One stay. */
    Presence get(Actor actor, PresenceId id);

    /** One person's stays, latest first. */
    List<Presence> ofPerson(Actor actor, PersonId person);

    /** The office's stays, latest first; needs office-wide movement access. */
    Page<Presence> list(Actor actor, PageRequest page);

    /** The office's stays as plain values for other contexts, latest first; as {@link #list}. */
    default Page<Stay> stays(Actor actor, PageRequest page) {
        return list(actor, page).map(p -> new Stay(p.person(), p.arrival(), p.departure()));
    }
}
