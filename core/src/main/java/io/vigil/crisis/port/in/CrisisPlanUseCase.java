package io.vigil.crisis.port.in;

import io.vigil.kernel.access.Actor;
import java.time.Instant;

/**
 * The office's Crisis Management Plan, versioned: a draft is written (and rewritten), approved by
 * the security officer (superseding the version in force), reviewed and tested once a year.
 * Approving a new version resets the review's due date, not the test's.
 */
public interface CrisisPlanUseCase {
    /** The plan (version 0 when nothing was drafted) with its dues at {@code at}. */
    PlanView plan(Actor actor, Instant at);

    /** Writes the draft (a new version, or the draft replaced) at the plan's expected version. */
    PlanView draft(Actor actor, long expectedVersion, PlanDetails details);

    /** Approves the draft: it is in force from now, the version it replaces superseded. The officer alone approves. */
    PlanView approve(Actor actor, long expectedVersion);

    /** Records a review of the version in force: the next one is due a year after it. */
    PlanView recordReview(Actor actor, long expectedVersion, PlanCheckDetails details);

    /** Records a test of the plan (an exercise of it): the next one is due a year after it. */
    PlanView recordTest(Actor actor, long expectedVersion, PlanCheckDetails details);
}
