package io.vigil.guard.port.in;

import io.vigil.guard.domain.LabourViolation;
import io.vigil.guard.domain.Roster;
import io.vigil.guard.domain.RosterId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.RecordsUseCase;
import java.util.List;

/**
 * The vendors' rosters: submitted by the vendor's integration (its own contract's only) or by a
 * security role; every shift names a post of the contract; a roster a certified invoice rests on
 * never changes.
 */
public interface RostersUseCase extends RecordsUseCase<RosterId, RosterDetails, Roster> {
    /** The most rosters of one contract. */
    int MAX_PER_CONTRACT = 200;

    /** The roster's violations of its country's labour standards (none recorded: none found). */
    List<LabourViolation> violations(Actor actor, RosterId id);
}
