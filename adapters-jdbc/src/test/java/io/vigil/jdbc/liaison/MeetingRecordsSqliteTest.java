package io.vigil.jdbc.liaison;

import io.vigil.jdbc.TestDatabases;
import io.vigil.liaison.port.out.MeetingRecords;
import io.vigil.testkit.contract.liaison.MeetingRecordsContract;

class MeetingRecordsSqliteTest extends MeetingRecordsContract {
    @Override
    protected MeetingRecords store() {
        return TestDatabases.sqlite(JdbcLiaisonStores::new).meetings();
    }
}
