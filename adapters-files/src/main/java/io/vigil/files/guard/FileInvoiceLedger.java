package io.vigil.files.guard;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.guard.domain.Invoice;
import io.vigil.guard.domain.InvoiceId;
import io.vigil.guard.port.out.InvoiceLedger;

/** {@link InvoiceLedger} on JSON files. */
final class FileInvoiceLedger extends FileVersionedStore<InvoiceId, Invoice> implements InvoiceLedger.Scanned {
    FileInvoiceLedger(JsonDirectory<Invoice> files) {
        super(files, "guard-invoice");
    }
}
