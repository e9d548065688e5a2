package io.vigil.files.liaison;

import io.vigil.files.FileStoresFixture;
import io.vigil.liaison.port.out.MeetingRecords;
import io.vigil.testkit.contract.liaison.MeetingRecordsContract;

class MeetingRecordsFilesTest extends MeetingRecordsContract {
    @Override
    protected MeetingRecords store() {
        return FileStoresFixture.stores(FileLiaisonStores::new).meetings();
    }
}
