package io.vigil.travel.port.in;

import io.vigil.kernel.OfficeId;
import io.vigil.travel.domain.ClearanceStatus;
import java.time.Instant;
import java.util.Map;

/** How many clearances of the office were submitted in a period, by status (every status listed). */
public record ClearanceCounts(OfficeId office, Instant from, Instant to, int total, Map<ClearanceStatus, Integer> byStatus) {
    public ClearanceCounts {
        byStatus = Map.copyOf(byStatus);
    }
}
