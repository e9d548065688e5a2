package io.vigil.testkit.contract.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.Invoice;
import io.vigil.guard.domain.InvoiceDecision;
import io.vigil.guard.domain.InvoiceId;
import io.vigil.guard.port.out.InvoiceLedger;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.GuardGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link InvoiceLedger}; extend it with your adapter. */
public abstract class InvoiceLedgerContract extends VersionedStoreContract<InvoiceId, Invoice, InvoiceLedger> {

    @Override
    protected Gen<Invoice> newAggregates(OfficeId office) {
        return GuardGenerators.invoices(office);
    }

    @Override
    protected Invoice changed(Invoice c) {
        return new Invoice(c.id(), c.office(), c.version(), c.contract(), c.number() + "-B", c.from(), c.to(), c.lines(),
                c.roster(), c.submittedBy(), c.submittedAt(), Optional.of(new InvoiceDecision(false, "officer",
                c.submittedAt(), BigDecimal.ONE, List.of(), List.of("post P0 differs"))));
    }

    @Test
    void the_list_is_the_offices_own_in_order_and_paged() {
        List<Invoice> saved = draw(lists().of(GuardGenerators.invoices(office)).ofSize(4)).stream()
                .map(store()::save).sorted(InvoiceLedger.LATEST_FIRST).toList();
        store().save(draw(GuardGenerators.invoices(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 2));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 3));
    }

    @Test
    void the_records_of_one_contract_are_found_in_order_and_no_others() {
        GuardContractId contract = GuardContractId.random();
        List<Invoice> mine = draw(lists().of(GuardGenerators.invoices(office)).ofSize(3)).stream()
                .map(c -> ofContract(c, contract)).map(store()::save).sorted(InvoiceLedger.LATEST_FIRST).toList();
        store().save(sample());
        store().save(ofContract(draw(GuardGenerators.invoices(KernelGenerators.freshOffice())), contract));
        assertThat(store().ofContract(office, contract)).containsExactlyElementsOf(mine);
    }

    private static Invoice ofContract(Invoice c, GuardContractId contract) {
        return new Invoice(c.id(), c.office(), c.version(), contract, c.number(), c.from(), c.to(), c.lines(), c.roster(),
                c.submittedBy(), c.submittedAt(), c.decision());
    }
}
