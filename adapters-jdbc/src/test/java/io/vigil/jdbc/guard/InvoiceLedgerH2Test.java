package io.vigil.jdbc.guard;

import io.vigil.guard.port.out.InvoiceLedger;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.guard.InvoiceLedgerContract;

class InvoiceLedgerH2Test extends InvoiceLedgerContract {
    @Override
    protected InvoiceLedger store() {
        return TestDatabases.h2(JdbcGuardStores::new).invoices();
    }
}
