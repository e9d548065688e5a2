package io.vigil.rest.alerting;

import io.vigil.alerting.port.in.DrillReport;
import io.vigil.rest.resource.Identified;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A drill of a telephone tree and its outcome; durations in whole seconds, null until reached. */
public record DrillResource(String id, String tree, Instant startedAt, Instant endedAt, int targetMinutes,
                            List<CallResource> calls, List<ReachedResource> reached, List<String> unreached,
                            List<String> coveredByFallback, Long secondsToAll, boolean targetMet, String verdict)
        implements Identified {

    /** One call. */
    public record CallResource(String caller, String callee, Instant at, boolean answered) {
    }

    /** A member reached, and how long after the start. */
    public record ReachedResource(String person, long seconds) {
    }

    public static DrillResource from(DrillReport r) {
        var d = r.drill();
        var result = r.result();
        return new DrillResource(d.id().toString(), r.tree().id().toString(), d.startedAt(), d.endedAt().orElse(null),
                d.targetMinutes(), d.calls().stream().map(c -> new CallResource(c.caller().toString(),
                        c.callee().toString(), c.at(), c.answered())).toList(),
                result.reached().entrySet().stream().map(e -> new ReachedResource(e.getKey().toString(),
                        e.getValue().getSeconds())).toList(),
                result.unreached().stream().map(Object::toString).toList(),
                result.coveredByFallback().stream().map(Object::toString).toList(),
                result.timeToAll().map(Duration::getSeconds).orElse(null), result.targetMet(),
                result.verdict());
    }
}
