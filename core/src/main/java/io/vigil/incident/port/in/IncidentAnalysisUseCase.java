package io.vigil.incident.port.in;

import io.vigil.kernel.access.Actor;
import java.time.Instant;
import java.util.List;

/**
 * What the office's incidents say beyond each report: trends that mark risk assessments "review
 * suggested", and the export in a neutral format.
 */
public interface IncidentAnalysisUseCase {
    /**
     * The trends at {@code at} inside the areas of the office's approved risk assessments; each
     * assessment with a trend is marked "review suggested" (the risk context), citing its incidents.
     */
    List<TrendFinding> reviewTrends(Actor actor, Instant at);

    /**
     * The incidents that happened from {@code from} up to {@code until}, mapped to the external code
     * list; refused, naming each, when a subtype has no code. At most {@value #MAX_ROWS} incidents.
     */
    IncidentExport export(Actor actor, Instant from, Instant until);

    /** The most incidents one export holds. */
    int MAX_ROWS = 5000;
}
