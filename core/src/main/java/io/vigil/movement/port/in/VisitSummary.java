package io.vigil.movement.port.in;

import io.vigil.movement.domain.Readiness;
import io.vigil.movement.domain.VisitId;
import io.vigil.movement.domain.VisitKind;
import java.util.Map;

/**
 * A visit as a manager sees it: counts and readiness, no persons, no places, no times.
 *
 * @param blockers how many blockers of each kind, every kind listed
 */
public record VisitSummary(VisitId id, String title, VisitKind kind, int members, int programmeItems,
                           boolean ready, Map<Readiness.Kind, Integer> blockers) {
    public VisitSummary {
        blockers = Map.copyOf(blockers);
    }
}
