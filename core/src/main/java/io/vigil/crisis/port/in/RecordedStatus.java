package io.vigil.crisis.port.in;

import io.vigil.crisis.domain.Evacuee;
import io.vigil.crisis.domain.RelocationCounts;
import io.vigil.crisis.domain.RelocationId;

/** A state recorded on a relocation list: the person's entry as it now stands and the list's figures. */
public record RecordedStatus(RelocationId relocation, long version, Evacuee entry, RelocationCounts counts) {
}
