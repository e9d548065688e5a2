package io.vigil.testkit.memory.guard;

import io.vigil.guard.port.out.InvoiceLedger;
import io.vigil.testkit.contract.guard.InvoiceLedgerContract;

class InMemoryInvoiceLedgerTest extends InvoiceLedgerContract {
    private static final InMemoryInvoiceLedger STORE = new InMemoryInvoiceLedger();

    @Override
    protected InvoiceLedger store() {
        return STORE;
    }
}
