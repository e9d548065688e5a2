package io.vigil.testkit.memory.documents;

import io.vigil.documents.port.out.DisseminationLog;
import io.vigil.testkit.contract.documents.DisseminationLogContract;

class InMemoryDisseminationLogTest extends DisseminationLogContract {
    private static final InMemoryDisseminationLog STORE = new InMemoryDisseminationLog();

    @Override
    protected DisseminationLog store() {
        return STORE;
    }
}
