package io.vigil.files.awareness;

import io.vigil.awareness.port.out.BriefingLog;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.awareness.BriefingLogContract;

class BriefingLogFilesTest extends BriefingLogContract {
    @Override
    protected BriefingLog store() {
        return FileStoresFixture.stores(FileAwarenessStores::new).briefings();
    }
}
