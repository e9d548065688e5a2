package io.vigil.jdbc.incident;

import io.vigil.incident.port.out.EnquiryFile;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.incident.EnquiryFileContract;

class EnquiryFileH2Test extends EnquiryFileContract {
    @Override
    protected EnquiryFile store() {
        return TestDatabases.h2(JdbcIncidentStores::new).enquiries();
    }
}
