package io.vigil.testkit.memory.liaison;

import io.vigil.liaison.port.out.MeetingSeriesRegistry;
import io.vigil.testkit.contract.liaison.MeetingSeriesRegistryContract;

class InMemoryMeetingSeriesRegistryTest extends MeetingSeriesRegistryContract {
    private static final InMemoryMeetingSeriesRegistry STORE = new InMemoryMeetingSeriesRegistry();

    @Override
    protected MeetingSeriesRegistry store() {
        return STORE;
    }
}
