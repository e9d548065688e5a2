package io.vigil.files.guard;

import io.vigil.files.FileStoresFixture;
import io.vigil.guard.port.out.InvoiceLedger;
import io.vigil.testkit.contract.guard.InvoiceLedgerContract;

class InvoiceLedgerFilesTest extends InvoiceLedgerContract {
    @Override
    protected InvoiceLedger store() {
        return FileStoresFixture.stores(FileGuardStores::new).invoices();
    }
}
