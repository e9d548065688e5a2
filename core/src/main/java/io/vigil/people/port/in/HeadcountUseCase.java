package io.vigil.people.port.in;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.PresenceHeadcount;
import io.vigil.people.domain.Whereabouts;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Who is in the country and who is abroad at an instant, from the stays recorded. The counts (by
 * category and unit, no names) are for every reader of headcounts (security officer and
 * associate, SOC, managers); the names are movements of persons, for readers of the whole office's
 * movements only (security officer and associate, SOC). Both are audited: the counts as a read of
 * headcounts, the names as a read of movements naming every person listed. The counts of several
 * offices at once ({@link #headcounts}) are for the SOC's overview: the SOC reads every office's, any
 * other reader of headcounts their own office's.
 */
public interface HeadcountUseCase {
    /** The office's persons counted by whereabouts at the instant. */
    PresenceHeadcount headcount(Actor actor, Instant at);

    /**
     * The counts of each office asked (at most {@value io.vigil.kernel.OfficeSelection#MAX}, each
     * once), ordered by office id: one aggregated read of persons and one of stays for all of them.
     * The actor must be allowed to read every office's headcount (a refusal names the first office
     * refused); the read is audited once, as a read of headcounts naming the offices and nobody.
     */
    List<OfficeHeadcount> headcounts(Actor actor, Collection<OfficeId> offices, Instant at);

    /** One page of the persons of these whereabouts at the instant, by name. */
    Page<WhereaboutsEntry> persons(Actor actor, Whereabouts where, Instant at, PageRequest page);
}
