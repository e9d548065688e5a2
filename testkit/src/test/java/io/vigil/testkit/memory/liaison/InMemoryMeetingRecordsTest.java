package io.vigil.testkit.memory.liaison;

import io.vigil.liaison.port.out.MeetingRecords;
import io.vigil.testkit.contract.liaison.MeetingRecordsContract;

class InMemoryMeetingRecordsTest extends MeetingRecordsContract {
    private static final InMemoryMeetingRecords STORE = new InMemoryMeetingRecords();

    @Override
    protected MeetingRecords store() {
        return STORE;
    }
}
