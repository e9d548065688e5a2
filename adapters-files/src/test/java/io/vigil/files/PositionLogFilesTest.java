package io.vigil.files;

import io.vigil.people.port.out.PositionLog;
import io.vigil.testkit.contract.PositionLogContract;

class PositionLogFilesTest extends PositionLogContract {
    @Override
    protected PositionLog log() {
        return FileStoresFixture.STORES.positions();
    }
}
