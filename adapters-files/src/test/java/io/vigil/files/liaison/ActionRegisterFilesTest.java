package io.vigil.files.liaison;

import io.vigil.files.FileStoresFixture;
import io.vigil.liaison.port.out.ActionRegister;
import io.vigil.testkit.contract.liaison.ActionRegisterContract;

class ActionRegisterFilesTest extends ActionRegisterContract {
    @Override
    protected ActionRegister store() {
        return FileStoresFixture.stores(FileLiaisonStores::new).actions();
    }
}
