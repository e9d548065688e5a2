package io.vigil.files.people;

import io.vigil.files.FileStoresFixture;
import io.vigil.people.port.out.PresenceLog;
import io.vigil.testkit.contract.people.PresenceLogContract;

class PresenceLogFilesTest extends PresenceLogContract {
    @Override
    protected PresenceLog store() {
        return FileStoresFixture.stores(FilePeopleStores::new).presences();
    }
}
