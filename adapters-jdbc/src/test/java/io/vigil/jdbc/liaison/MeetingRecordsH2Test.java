package io.vigil.jdbc.liaison;

import io.vigil.jdbc.TestDatabases;
import io.vigil.liaison.port.out.MeetingRecords;
import io.vigil.testkit.contract.liaison.MeetingRecordsContract;

class MeetingRecordsH2Test extends MeetingRecordsContract {
    @Override
    protected MeetingRecords store() {
        return TestDatabases.h2(JdbcLiaisonStores::new).meetings();
    }
}
