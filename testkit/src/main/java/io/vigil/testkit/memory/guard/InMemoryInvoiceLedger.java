package io.vigil.testkit.memory.guard;

import io.vigil.guard.domain.Invoice;
import io.vigil.guard.domain.InvoiceId;
import io.vigil.guard.port.out.InvoiceLedger;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link InvoiceLedger} in memory. */
public final class InMemoryInvoiceLedger extends InMemoryVersionedStore<InvoiceId, Invoice> implements InvoiceLedger.Scanned {
    public InMemoryInvoiceLedger() {
        super("guard-invoice");
    }
}
