package io.vigil.people.port.in;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.PresenceHeadcount;
import io.vigil.people.domain.Whereabouts;
import java.time.Instant;

/**
 * Who is in the country and who is abroad at an instant, from the stays recorded. The counts (by
 * category and unit, no names) are for every reader of headcounts (security officer and
 * associate, SOC, managers); the names are movements of persons, for readers of the whole office's
 * movements only (security officer and associate, SOC). Both are audited: the counts as a read of
 * headcounts, the names as a read of movements naming every person listed.
 */
public interface HeadcountUseCase {
    /** The office's persons counted by whereabouts at the instant. */
    PresenceHeadcount headcount(Actor actor, Instant at);

    /** One page of the persons of these whereabouts at the instant, by name. */
    Page<WhereaboutsEntry> persons(Actor actor, Whereabouts where, Instant at, PageRequest page);
}
