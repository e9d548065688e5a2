package io.vigil.jdbc.incident;

import io.vigil.incident.port.out.EnquiryFile;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.incident.EnquiryFileContract;

class EnquiryFileSqliteTest extends EnquiryFileContract {
    @Override
    protected EnquiryFile store() {
        return TestDatabases.sqlite(JdbcIncidentStores::new).enquiries();
    }
}
