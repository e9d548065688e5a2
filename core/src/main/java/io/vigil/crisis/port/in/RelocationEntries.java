package io.vigil.crisis.port.in;

import io.vigil.crisis.domain.Evacuee;
import io.vigil.crisis.domain.RelocationId;
import io.vigil.crisis.domain.RelocationKind;
import java.time.Instant;
import java.util.List;

/**
 * A staff member's own part of a relocation list: where they go, and their entry and their
 * dependents' (seat or shortfall, states recorded); empty when none of them is on it.
 */
public record RelocationEntries(RelocationId relocation, RelocationKind kind, String areaName, String haven,
                                Instant at, List<Evacuee> entries) {
    public RelocationEntries {
        entries = List.copyOf(entries);
    }
}
