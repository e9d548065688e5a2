package io.vigil.rest.movement;

import io.vigil.movement.domain.Readiness;
import java.util.List;

/** A visit's readiness: ready exactly when nothing blocks; every blocker in order, and the notes. */
public record VisitReadinessResource(String visit, boolean ready, List<Blocker> blockers, List<String> notes) {

    /** The readiness of the visit {@code id}. */
    public static VisitReadinessResource from(String id, Readiness r) {
        return new VisitReadinessResource(id, r.ready(),
                r.blockers().stream().map(b -> new Blocker(b.kind(), b.reason())).toList(), r.notes());
    }

    /** One blocker: VENUE, ADVANCE_ASSESSMENT, SUPPORT or CLEARANCE, and its reason. */
    public record Blocker(Readiness.Kind kind, String reason) {
    }
}
