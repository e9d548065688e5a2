package io.vigil.jdbc.guard;

import io.vigil.guard.port.out.InvoiceLedger;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.guard.InvoiceLedgerContract;

class InvoiceLedgerPostgresTest extends InvoiceLedgerContract {
    @Override
    protected InvoiceLedger store() {
        return TestDatabases.postgres(JdbcGuardStores::new).invoices();
    }
}
