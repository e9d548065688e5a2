package io.vigil.travel.port.in;

import io.vigil.kernel.OfficeId;
import io.vigil.travel.domain.ClearanceId;
import io.vigil.travel.domain.ClearanceStatus;
import io.vigil.travel.domain.ManualDecision;
import io.vigil.travel.domain.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How clearances submitted in a period were decided: counts by the travellers' category, unit and
 * outcome, the time from submission to a person's decision, and every manual decision that differed
 * from what the rules advised, with its reason.
 */
public record FairnessReport(OfficeId office, Instant from, Instant to, int clearances, List<Group> groups,
                             Optional<Long> medianMinutesToDecision, Optional<Long> longestMinutesToDecision,
                             List<Overridden> differing) {
    public FairnessReport {
        groups = List.copyOf(groups);
        differing = List.copyOf(differing);
    }

    /** The count of travellers of one category and unit whose clearance ended in one status. */
    public record Group(String category, String unit, ClearanceStatus outcome, int travellers) {
    }

    /** A manual decision that differed from the rules' advice. */
    public record Overridden(ClearanceId clearance, ManualDecision.Action action, Verdict advised, String by,
                             Instant at, String reason) {
    }
}
