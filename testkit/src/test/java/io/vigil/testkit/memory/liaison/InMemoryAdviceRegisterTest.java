package io.vigil.testkit.memory.liaison;

import io.vigil.liaison.port.out.AdviceRegister;
import io.vigil.testkit.contract.liaison.AdviceRegisterContract;

class InMemoryAdviceRegisterTest extends AdviceRegisterContract {
    private static final InMemoryAdviceRegister STORE = new InMemoryAdviceRegister();

    @Override
    protected AdviceRegister store() {
        return STORE;
    }
}
