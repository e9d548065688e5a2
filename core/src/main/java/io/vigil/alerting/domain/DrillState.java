package io.vigil.alerting.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;

/** Whether a telephone-tree drill is still running, or ended and when. */
public sealed interface DrillState permits DrillState.Running, DrillState.Ended {

    /** The state for a stored end time: running without one, ended with one. */
    static DrillState of(Optional<Instant> endedAt) {
        Require.nonNull(endedAt, "endedAt");
        return endedAt.<DrillState>map(Ended::new).orElseGet(Running::new);
    }

    /** Calls are still being made and recorded. */
    record Running() implements DrillState {
    }

    /** Over at {@code at}; its calls are final. */
    record Ended(Instant at) implements DrillState {
        public Ended {
            Require.nonNull(at, "endedAt");
        }
    }
}
