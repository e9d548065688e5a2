package io.vigil.jdbc.guard;

import io.vigil.guard.port.out.InvoiceLedger;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.guard.InvoiceLedgerContract;

class InvoiceLedgerSqliteTest extends InvoiceLedgerContract {
    @Override
    protected InvoiceLedger store() {
        return TestDatabases.sqlite(JdbcGuardStores::new).invoices();
    }
}
