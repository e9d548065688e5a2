package io.vigil.jdbc.guard;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.guard.domain.Invoice;
import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.InvoiceId;
import io.vigil.guard.port.out.InvoiceLedger;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.List;

/** {@link InvoiceLedger} on JDBC. */
final class JdbcInvoiceLedger extends JdbcVersionedStore<InvoiceId, Invoice> implements InvoiceLedger {
    JdbcInvoiceLedger(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Invoice.class, "guard_invoice", "guard-invoice", List.of("contract_id", "from_day"), List.of());
    }

    @Override
    protected Object[] columnValues(Invoice c) {
        return new Object[] {c.contract().toString(), c.from().toString()};
    }

    @Override
    public Page<Invoice> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "from_day DESC, id", page, office.value());
    }

    @Override
    public List<Invoice> ofContract(OfficeId office, GuardContractId contract) {
        return bodies("SELECT body FROM guard_invoice WHERE office_id = ? AND contract_id = ?", office.value(),
                contract.toString()).stream().sorted(LATEST_FIRST).toList();
    }
}
