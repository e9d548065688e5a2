package io.vigil.files.people;

import io.vigil.files.FileStoresFixture;
import io.vigil.people.port.out.PositionLog;
import io.vigil.testkit.contract.people.PositionLogContract;

class PositionLogFilesTest extends PositionLogContract {
    @Override
    protected PositionLog log() {
        return FileStoresFixture.stores(FilePeopleStores::new).positions();
    }
}
