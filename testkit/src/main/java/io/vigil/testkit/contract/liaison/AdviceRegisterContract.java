package io.vigil.testkit.contract.liaison;


import io.vigil.kernel.OfficeId;
import io.vigil.liaison.domain.AdviceId;
import io.vigil.liaison.domain.LiaisonAdvice;
import io.vigil.liaison.port.out.AdviceRegister;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.LiaisonGenerators;
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
        assertOfficeList(LiaisonAdvice.LATEST_FIRST, store()::list, store()::all, store()::count);
    }
}
