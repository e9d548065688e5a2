package io.vigil.files;

import io.vigil.people.port.out.PresenceLog;
import io.vigil.testkit.contract.PresenceLogContract;

class PresenceLogFilesTest extends PresenceLogContract {
    @Override
    protected PresenceLog store() {
        return FileStoresFixture.STORES.presences();
    }
}
