package io.vigil.testkit.contract.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.PerformanceReview;
import io.vigil.guard.domain.PerformanceReviewId;
import io.vigil.guard.port.out.PerformanceReviewBook;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.GuardGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link PerformanceReviewBook}; extend it with your adapter. */
public abstract class PerformanceReviewBookContract
        extends VersionedStoreContract<PerformanceReviewId, PerformanceReview, PerformanceReviewBook> {

    @Override
    protected Gen<PerformanceReview> newAggregates(OfficeId office) {
        return GuardGenerators.reviews(office);
    }

    @Override
    protected PerformanceReview changed(PerformanceReview c) {
        return c.responded("the vendor's response, changed");
    }

    @Test
    void the_list_is_the_offices_own_in_order_and_paged() {
        List<PerformanceReview> saved = draw(lists().of(GuardGenerators.reviews(office)).ofSize(4)).stream()
                .map(store()::save).sorted(PerformanceReviewBook.LATEST_FIRST).toList();
        store().save(draw(GuardGenerators.reviews(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 2));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 3));
    }

    @Test
    void the_records_of_one_contract_are_found_in_order_and_no_others() {
        GuardContractId contract = GuardContractId.random();
        List<PerformanceReview> mine = draw(lists().of(GuardGenerators.reviews(office)).ofSize(3)).stream()
                .map(c -> ofContract(c, contract)).map(store()::save).sorted(PerformanceReviewBook.LATEST_FIRST).toList();
        store().save(sample());
        store().save(ofContract(draw(GuardGenerators.reviews(KernelGenerators.freshOffice())), contract));
        assertThat(store().ofContract(office, contract)).containsExactlyElementsOf(mine);
    }

    private static PerformanceReview ofContract(PerformanceReview c, GuardContractId contract) {
        return new PerformanceReview(c.id(), c.office(), c.version(), contract, c.from(), c.to(), c.issues(),
                c.inspections(), c.deducted(), c.vendorResponse(), c.decision(), c.reasons(), c.reviewer(),
                c.reviewedAt());
    }
}
