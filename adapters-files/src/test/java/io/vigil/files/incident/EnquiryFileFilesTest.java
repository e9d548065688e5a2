package io.vigil.files.incident;

import io.vigil.files.FileStoresFixture;
import io.vigil.incident.port.out.EnquiryFile;
import io.vigil.testkit.contract.incident.EnquiryFileContract;

class EnquiryFileFilesTest extends EnquiryFileContract {
    @Override
    protected EnquiryFile store() {
        return FileStoresFixture.stores(FileIncidentStores::new).enquiries();
    }
}
