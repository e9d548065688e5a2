package io.vigil.testkit.contract.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.liaison.domain.AdviceId;
import io.vigil.liaison.domain.LiaisonAdvice;
import io.vigil.liaison.port.out.AdviceRegister;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.LiaisonGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link AdviceRegister}; extend it with your adapter. */
public abstract class AdviceRegisterContract extends VersionedStoreContract<AdviceId, LiaisonAdvice, AdviceRegister> {

    @Override
    protected Gen<LiaisonAdvice> newAggregates(OfficeId office) {
        return LiaisonGenerators.advice(office);
    }

    @Override
    protected LiaisonAdvice changed(LiaisonAdvice x) {
        return new LiaisonAdvice(x.id(), x.office(), x.version(), x.topic(), x.concerns(), x.recommendation() + " (revised)", x.givenAt(), x.givenBy(), x.recordedAt(), x.decision());
    }

    @Test
    void the_list_is_the_offices_own_in_order_and_paged() {
        List<LiaisonAdvice> saved = draw(lists().of(LiaisonGenerators.advice(office)).ofSize(5)).stream()
                .map(store()::save).sorted(LiaisonAdvice.LATEST_FIRST).toList();
        store().save(draw(LiaisonGenerators.advice(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(store().count(office)).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
        assertThat(store().all(office)).containsExactlyElementsOf(saved);
    }
}
