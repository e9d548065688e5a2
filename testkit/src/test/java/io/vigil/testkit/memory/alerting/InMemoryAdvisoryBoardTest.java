package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.port.out.AdvisoryBoard;
import io.vigil.testkit.contract.alerting.AdvisoryBoardContract;

class InMemoryAdvisoryBoardTest extends AdvisoryBoardContract {
    private static final InMemoryAdvisoryBoard STORE = new InMemoryAdvisoryBoard();

    @Override
    protected AdvisoryBoard store() {
        return STORE;
    }
}
