package io.vigil.soc.port.in;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import java.time.Instant;
import java.util.Collection;

/**
 * The SOC's cross-office overview: for every office the actor may read, at an instant, its headcount
 * (in the country, abroad, no stay recorded; counts only), its open roll-calls (how many; across them
 * the affected, answered, needing help and silent) and what is overdue, of the kinds with an
 * aggregated query: movements that missed their call-in, and liaison action items (meetings' actions
 * and associates' tasks) past their due day. Each part is one aggregated read across all the offices
 * (no loop over offices), so the overview of a hundred offices costs about what one office's does.
 *
 * <p>The SOC operator reads every office; an office's security officer, associate or manager only
 * their own; anyone else (staff, wardens, integrations, vendors) is refused. The overview names
 * nobody: it is audited as a read of headcounts and one of accountability, each naming the offices
 * and no person.
 */
public interface SocOverviewUseCase {
    /**
     * The overview of every office whose profile the actor may read, and of the actor's own office,
     * at most {@value io.vigil.kernel.OfficeSelection#MAX} (the first by id; {@link SocOverview#complete}
     * says whether that was all).
     */
    SocOverview overview(Actor actor, Instant at);

    /**
     * The overview of the offices named (at least one, at most
     * {@value io.vigil.kernel.OfficeSelection#MAX}, each once); the actor must be allowed to read each.
     */
    SocOverview overview(Actor actor, Collection<OfficeId> offices, Instant at);
}
