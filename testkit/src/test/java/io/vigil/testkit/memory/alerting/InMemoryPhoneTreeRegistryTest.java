package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.port.out.PhoneTreeRegistry;
import io.vigil.testkit.contract.alerting.PhoneTreeRegistryContract;

class InMemoryPhoneTreeRegistryTest extends PhoneTreeRegistryContract {
    private static final InMemoryPhoneTreeRegistry STORE = new InMemoryPhoneTreeRegistry();

    @Override
    protected PhoneTreeRegistry store() {
        return STORE;
    }
}
