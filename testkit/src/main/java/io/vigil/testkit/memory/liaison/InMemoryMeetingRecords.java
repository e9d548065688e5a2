package io.vigil.testkit.memory.liaison;

import io.vigil.liaison.domain.Meeting;
import io.vigil.liaison.domain.MeetingId;
import io.vigil.liaison.port.out.MeetingRecords;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link MeetingRecords} in memory. */
public final class InMemoryMeetingRecords extends InMemoryVersionedStore<MeetingId, Meeting> implements MeetingRecords.Scanned {
    /** An empty store. */
    public InMemoryMeetingRecords() {
        super("meeting");
    }
}
