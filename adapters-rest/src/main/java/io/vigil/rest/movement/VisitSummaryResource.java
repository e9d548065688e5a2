package io.vigil.rest.movement;

import io.vigil.movement.domain.Readiness;
import io.vigil.movement.domain.VisitKind;
import io.vigil.movement.port.in.VisitSummary;
import io.vigil.rest.resource.Identified;
import java.util.Arrays;
import java.util.List;

/** A visit as managers see it: counts and readiness, no persons, no places, no times. */
public record VisitSummaryResource(String id, String title, VisitKind kind, int members, int programmeItems,
                                   boolean ready, List<Count> blockers) implements Identified {

    /** The summary as the use case gives it, every kind of blocker counted in order. */
    public static VisitSummaryResource from(VisitSummary s) {
        return new VisitSummaryResource(s.id().toString(), s.title(), s.kind(), s.members(), s.programmeItems(),
                s.ready(), Arrays.stream(Readiness.Kind.values())
                .map(k -> new Count(k, s.blockers().getOrDefault(k, 0))).toList());
    }

    /** How many blockers of one kind. */
    public record Count(Readiness.Kind kind, int count) {
    }
}
