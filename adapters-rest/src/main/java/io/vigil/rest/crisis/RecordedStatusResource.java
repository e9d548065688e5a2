package io.vigil.rest.crisis;

import io.vigil.crisis.domain.RelocationCounts;
import io.vigil.crisis.port.in.RecordedStatus;

/** A state recorded on a relocation list: the person's entry now, the list's version and figures. */
public record RecordedStatusResource(String relocation, long version, RelocationResource.Entry entry,
                                     RelocationCounts counts) {

    /** The recorded state's resource. */
    public static RecordedStatusResource from(RecordedStatus s) {
        return new RecordedStatusResource(s.relocation().toString(), s.version(),
                RelocationResource.Entry.from(s.entry()), s.counts());
    }
}
