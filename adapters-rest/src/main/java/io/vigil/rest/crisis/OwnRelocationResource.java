package io.vigil.rest.crisis;

import io.vigil.crisis.domain.RelocationKind;
import io.vigil.crisis.port.in.RelocationEntries;
import java.time.Instant;
import java.util.List;

/** A staff member's own part of a relocation list: where they go, their entry and their dependents'. */
public record OwnRelocationResource(String relocation, RelocationKind kind, String areaName, String haven, Instant at,
                                    List<RelocationResource.Entry> entries) {

    /** The entries' resource. */
    public static OwnRelocationResource from(RelocationEntries e) {
        return new OwnRelocationResource(e.relocation().toString(), e.kind(), e.areaName(), e.haven(), e.at(),
                e.entries().stream().map(RelocationResource.Entry::from).toList());
    }
}
