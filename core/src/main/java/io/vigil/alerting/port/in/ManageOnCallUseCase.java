package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.Coverage;
import io.vigil.alerting.domain.OnCallShift;
import io.vigil.alerting.domain.ShiftId;
import io.vigil.kernel.access.Actor;
import java.time.Instant;
import java.util.List;

/**
 * The 24/7 on-call roster. Everyone in the office may see who is on call; security roles and the
 * SOC change it. A gap in the roster is never silent: {@link #coverage} names every one.
 */
public interface ManageOnCallUseCase {
    /** Adds a shift; the change names any gap still open around it. */
    ShiftChange schedule(Actor actor, ShiftDetails details);

    /** Moves or reassigns a shift; the change names any gap it opens or leaves around the old and new times. */
    ShiftChange update(Actor actor, ShiftId id, long expectedVersion, ShiftDetails details);

    /** Removes a shift; the change names the gap it leaves, if any. */
    ShiftChange remove(Actor actor, ShiftId id, long expectedVersion);

    OnCallShift get(Actor actor, ShiftId id);

    /** The shifts over [from, to) and every gap in them; at most 366 days. */
    Coverage coverage(Actor actor, Instant from, Instant to);

    /** Who is on call at the instant; empty is a gap. */
    List<OnCallShift> onCallAt(Actor actor, Instant at);
}
