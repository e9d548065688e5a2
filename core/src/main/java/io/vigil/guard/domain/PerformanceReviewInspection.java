package io.vigil.guard.domain;

import io.vigil.kernel.Require;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** An inspection as a review gathered it: the inspection, site and time, the checklist items failed and the number of findings. */
public record PerformanceReviewInspection(InspectionId inspection, UUID site, LocalDateTime at, int passed,
                                          List<CheckItem> failed, int findings) {
    public PerformanceReviewInspection {
        Require.nonNull(inspection, "inspection");
        Require.nonNull(site, "site");
        Require.nonNull(at, "at");
        failed = Require.noNulls(failed, "failed");
    }
}
