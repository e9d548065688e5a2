package io.vigil.files.liaison;

import io.vigil.files.FileStoresFixture;
import io.vigil.liaison.port.out.InformationLog;
import io.vigil.testkit.contract.liaison.InformationLogContract;

class InformationLogFilesTest extends InformationLogContract {
    @Override
    protected InformationLog store() {
        return FileStoresFixture.stores(FileLiaisonStores::new).informationLog();
    }
}
