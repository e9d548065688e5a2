package io.vigil.files.liaison;

import io.vigil.files.FileStoresFixture;
import io.vigil.liaison.port.out.AdviceRegister;
import io.vigil.testkit.contract.liaison.AdviceRegisterContract;

class AdviceRegisterFilesTest extends AdviceRegisterContract {
    @Override
    protected AdviceRegister store() {
        return FileStoresFixture.stores(FileLiaisonStores::new).advice();
    }
}
