package io.vigil.testkit.contract.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.port.out.GuardContractRegistry;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.GuardGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link GuardContractRegistry}; extend it with your adapter. */
public abstract class GuardContractRegistryContract extends VersionedStoreContract<GuardContractId, GuardContract, GuardContractRegistry> {

    @Override
    protected Gen<GuardContract> newAggregates(OfficeId office) {
        return GuardGenerators.contracts(office);
    }

    @Override
    protected GuardContract changed(GuardContract c) {
        return new GuardContract(c.id(), c.office(), c.version(), c.reference(), c.vendor() + " (renamed)", c.vendorSubject(),
                c.procurement(), c.start(), c.end(), c.extensions(), c.currency(), c.noticeMonths(), c.country(), c.posts(),
                c.deductions(), c.terms(), c.inspectionEveryDays() % 365 + 1);
    }

    @Test
    void the_list_is_the_offices_own_in_order_and_paged() {
        List<GuardContract> saved = draw(lists().of(GuardGenerators.contracts(office)).ofSize(4)).stream()
                .map(store()::save).sorted(GuardContractRegistry.BY_REFERENCE).toList();
        store().save(draw(GuardGenerators.contracts(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 2));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 3));
    }
}
