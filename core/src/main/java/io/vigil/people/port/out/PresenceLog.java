package io.vigil.people.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.PresenceId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Outbound port: arrivals in and departures from the country. */
public interface PresenceLog extends VersionedStore<PresenceId, Presence> {

    /** The order of every list of presences: latest arrival first, ties by id. */
    Comparator<Presence> LATEST_FIRST = Comparator.comparing(Presence::arrival).reversed()
            .thenComparing(p -> p.id().toString());

    /** The office's presences, latest arrival first (ties by id). */
    Page<Presence> list(OfficeId office, PageRequest page);

    /** The person's presences, latest arrival first (ties by id). */
    List<Presence> ofPerson(PersonId person);

    /** The presences covering the instant ({@link Presence#coversInstant}), in any order. */
    List<Presence> presentAt(OfficeId office, Instant instant);
}
