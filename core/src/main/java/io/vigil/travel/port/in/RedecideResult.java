package io.vigil.travel.port.in;

import io.vigil.travel.domain.ClearanceId;
import java.time.Instant;
import java.util.List;

/** What a re-decision did: how many live clearances it read, which it changed, and which it revoked. */
public record RedecideResult(Instant at, int checked, List<ClearanceId> changed, List<ClearanceId> revoked) {
    public RedecideResult {
        changed = List.copyOf(changed);
        revoked = List.copyOf(revoked);
    }
}
