package io.vigil.testkit.contract.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.IssueId;
import io.vigil.guard.domain.PerformanceIssue;
import io.vigil.guard.port.out.PerformanceLog;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.GuardGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link PerformanceLog}; extend it with your adapter. */
public abstract class PerformanceLogContract extends VersionedStoreContract<IssueId, PerformanceIssue, PerformanceLog> {

    @Override
    protected Gen<PerformanceIssue> newAggregates(OfficeId office) {
        return GuardGenerators.issues(office);
    }

    @Override
    protected PerformanceIssue changed(PerformanceIssue c) {
        return new PerformanceIssue(c.id(), c.office(), c.version(), c.contract(), c.type(), c.post(), c.date(), c.hours(),
                c.badge(), c.evidence(), c.description() + " (corrected)", c.recordedBy(), c.recordedAt());
    }

    @Test
    void the_list_is_the_offices_own_in_order_and_paged() {
        List<PerformanceIssue> saved = draw(lists().of(GuardGenerators.issues(office)).ofSize(4)).stream()
                .map(store()::save).sorted(PerformanceLog.LATEST_FIRST).toList();
        store().save(draw(GuardGenerators.issues(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 2));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 3));
    }

    @Test
    void the_records_of_one_contract_are_found_in_order_and_no_others() {
        GuardContractId contract = GuardContractId.random();
        List<PerformanceIssue> mine = draw(lists().of(GuardGenerators.issues(office)).ofSize(3)).stream()
                .map(c -> ofContract(c, contract)).map(store()::save).sorted(PerformanceLog.LATEST_FIRST).toList();
        store().save(sample());
        store().save(ofContract(draw(GuardGenerators.issues(KernelGenerators.freshOffice())), contract));
        assertThat(store().ofContract(office, contract)).containsExactlyElementsOf(mine);
    }

    private static PerformanceIssue ofContract(PerformanceIssue c, GuardContractId contract) {
        return new PerformanceIssue(c.id(), c.office(), c.version(), contract, c.type(), c.post(), c.date(), c.hours(),
                c.badge(), c.evidence(), c.description(), c.recordedBy(), c.recordedAt());
    }
}
