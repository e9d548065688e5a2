package io.vigil.risk.port.in;

import io.vigil.kernel.access.Actor;
import java.util.List;

/**
 * A change of the risk context from outside it: an approved assessment's review is suggested, with
 * the reason and the items cited (a trend of incidents in its area). The actor must be allowed to
 * write risk assessments; the suggestion is kept on the assessment until another replaces it.
 */
public interface ReviewSuggestionsUseCase {
    /** The areas of the office's approved assessments. */
    List<AssessmentArea> approvedAreas(Actor actor);

    /**
     * Marks the approved assessment "review suggested" for this reason, citing these items; returns
     * whether that changed it (the same reason citing the same items changes nothing).
     */
    boolean suggestReview(Actor actor, String assessmentId, String reason, List<String> citing);
}
