package io.vigil.crisis.port.out;

import io.vigil.alerting.port.in.CommTestDetails;
import io.vigil.crisis.domain.AlertingRun;
import io.vigil.kernel.access.Actor;

/**
 * Outbound port: the alerting context's communication tests and phone-tree drills as a drill runs
 * them (the wiring adapts the alerting context's use cases); access is the alerting context's own.
 */
public interface AlertingDrills {
    /** Starts a communication test now; returns the run, not scored yet. */
    AlertingRun startTest(Actor actor, CommTestDetails details);

    /**
     * Starts a timed drill of a phone tree now; returns the run, not scored yet. An id that is no
     * tree's is an invalid command naming {@code tree}.
     */
    AlertingRun startTreeDrill(Actor actor, String tree, int targetMinutes);

    /** The run's score now. */
    AlertingRun.Score score(Actor actor, AlertingRun run);
}
