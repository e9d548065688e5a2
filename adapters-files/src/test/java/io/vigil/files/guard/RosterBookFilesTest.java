package io.vigil.files.guard;

import io.vigil.files.FileStoresFixture;
import io.vigil.guard.port.out.RosterBook;
import io.vigil.testkit.contract.guard.RosterBookContract;

class RosterBookFilesTest extends RosterBookContract {
    @Override
    protected RosterBook store() {
        return FileStoresFixture.stores(FileGuardStores::new).rosters();
    }
}
