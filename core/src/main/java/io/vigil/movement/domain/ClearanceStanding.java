package io.vigil.movement.domain;

import io.vigil.kernel.Require;
import java.util.List;

/**
 * Where a member's travel clearance stands, as the travel context tells it: its status by name and,
 * when the rules or a person denied it, why.
 */
public record ClearanceStanding(String clearanceId, String status, boolean denied, List<String> reasons) {
    public ClearanceStanding {
        clearanceId = Require.text(clearanceId, "clearanceId", 64);
        status = Require.text(status, "status", 40);
        reasons = List.copyOf(Require.nonNull(reasons, "reasons"));
    }
}
