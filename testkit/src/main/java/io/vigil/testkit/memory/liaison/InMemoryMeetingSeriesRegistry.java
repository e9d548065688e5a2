package io.vigil.testkit.memory.liaison;

import io.vigil.liaison.domain.MeetingSeries;
import io.vigil.liaison.domain.MeetingSeriesId;
import io.vigil.liaison.port.out.MeetingSeriesRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link MeetingSeriesRegistry} in memory. */
public final class InMemoryMeetingSeriesRegistry extends InMemoryVersionedStore<MeetingSeriesId, MeetingSeries> implements MeetingSeriesRegistry.Scanned {
    /** An empty store. */
    public InMemoryMeetingSeriesRegistry() {
        super("meeting series");
    }
}
