package io.vigil.testkit.contract.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.Inspection;
import io.vigil.guard.domain.InspectionId;
import io.vigil.guard.port.out.InspectionLog;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.GuardGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link InspectionLog}; extend it with your adapter. */
public abstract class InspectionLogContract extends VersionedStoreContract<InspectionId, Inspection, InspectionLog> {

    @Override
    protected Gen<Inspection> newAggregates(OfficeId office) {
        return GuardGenerators.inspections(office);
    }

    @Override
    protected Inspection changed(Inspection c) {
        return new Inspection(c.id(), c.office(), c.version(), c.contract(), c.site(), c.at(), c.inspector(), c.checklist(),
                List.of("a finding added"), c.evidence());
    }

    @Test
    void the_list_is_the_offices_own_in_order_and_paged() {
        List<Inspection> saved = draw(lists().of(GuardGenerators.inspections(office)).ofSize(4)).stream()
                .map(store()::save).sorted(InspectionLog.LATEST_FIRST).toList();
        store().save(draw(GuardGenerators.inspections(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 2));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 3));
    }

    @Test
    void the_records_of_one_contract_are_found_in_order_and_no_others() {
        GuardContractId contract = GuardContractId.random();
        List<Inspection> mine = draw(lists().of(GuardGenerators.inspections(office)).ofSize(3)).stream()
                .map(c -> ofContract(c, contract)).map(store()::save).sorted(InspectionLog.LATEST_FIRST).toList();
        store().save(sample());
        store().save(ofContract(draw(GuardGenerators.inspections(KernelGenerators.freshOffice())), contract));
        assertThat(store().ofContract(office, contract)).containsExactlyElementsOf(mine);
    }

    private static Inspection ofContract(Inspection c, GuardContractId contract) {
        return new Inspection(c.id(), c.office(), c.version(), contract, c.site(), c.at(), c.inspector(), c.checklist(),
                c.findings(), c.evidence());
    }
}
