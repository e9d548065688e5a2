package io.vigil.testkit.memory;

import io.vigil.alerting.port.out.AdvisoryBoard;
import io.vigil.testkit.contract.AdvisoryBoardContract;

class InMemoryAdvisoryBoardTest extends AdvisoryBoardContract {
    private static final InMemoryAdvisoryBoard STORE = new InMemoryAdvisoryBoard();

    @Override
    protected AdvisoryBoard store() {
        return STORE;
    }
}
