package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.port.out.MessageSettingsStore;
import io.vigil.testkit.contract.alerting.MessageSettingsStoreContract;

class InMemoryMessageSettingsStoreTest extends MessageSettingsStoreContract {
    private static final InMemoryMessageSettingsStore STORE = new InMemoryMessageSettingsStore();

    @Override
    protected MessageSettingsStore store() {
        return STORE;
    }
}
