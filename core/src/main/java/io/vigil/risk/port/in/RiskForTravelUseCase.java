package io.vigil.risk.port.in;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the risk context tells the travel clearance rules, in plain values: every restricted area of
 * the office with its movement rules, and every approved assessment with what its acceptability
 * table says for each programme criticality. Read as risk data (the security roles and managers).
 */
public interface RiskForTravelUseCase {
    /** The office's restricted areas, by name. */
    List<AreaRules> areaRules(Actor actor);

    /** The office's approved (not superseded) assessments. */
    List<ApprovedCover> approvedCovers(Actor actor);

    /**
     * A restricted area as the travel rules read it.
     *
     * @param rules the names of its movement rules (FORBIDDEN, CLEARANCE_NEEDED, ESCORT_NEEDED, DAYLIGHT_ONLY)
     */
    record AreaRules(String id, String name, List<GeoPoint> outline, Set<String> rules, String reason,
                     Instant validFrom, Optional<Instant> validTo) {
        public AreaRules {
            outline = List.copyOf(outline);
            rules = Set.copyOf(rules);
        }
    }

    /** An approved assessment: its area and time frame, its approval, and one answer per criticality PC1 to PC4. */
    record ApprovedCover(String id, String title, List<GeoPoint> area, Instant validFrom, Instant validTo,
                         Instant approvedAt, List<CriticalityAnswer> answers) {
        public ApprovedCover {
            area = List.copyOf(area);
            answers = List.copyOf(answers);
        }
    }

    /**
     * What the assessment's table says for one criticality.
     *
     * @param criticality PC1 to PC4
     * @param decision    PROCEED, PROCEED_WITH_APPROVAL or DO_NOT_PROCEED
     * @param approval    for PROCEED_WITH_APPROVAL: COUNTRY_REPRESENTATIVE or EXECUTIVE_HEAD
     */
    record CriticalityAnswer(String criticality, String decision, Optional<String> approval, List<String> reasons) {
        public CriticalityAnswer {
            reasons = List.copyOf(reasons);
        }
    }
}
