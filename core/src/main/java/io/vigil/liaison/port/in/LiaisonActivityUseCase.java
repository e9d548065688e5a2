package io.vigil.liaison.port.in;

import io.vigil.kernel.access.Actor;

/**
 * The liaison context's figures for the periodic programme review of the actor's office: see
 * {@link LiaisonActivity} for what each counts. Built from recorded times only (never the clock):
 * a record counts only when recorded at or before the period's {@code asOf}, an action item's state
 * at the end is its logged state then, and a decision counts when taken and recorded by then, so a
 * review "as of" an instant is reproducible. The security roles and managers read it (counts and
 * ids, no names); the period is refused unless {@code from} is before {@code to} and it spans at
 * most {@value #MAX_PERIOD_DAYS} days.
 */
public interface LiaisonActivityUseCase {
    /** The longest period, in days. */
    int MAX_PERIOD_DAYS = 366;

    /** The figures of the period. */
    LiaisonActivity activity(Actor actor, ActivityPeriod period);
}
