package io.vigil.testkit.memory.liaison;

import io.vigil.liaison.domain.LiaisonAdvice;
import io.vigil.liaison.domain.AdviceId;
import io.vigil.liaison.port.out.AdviceRegister;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link AdviceRegister} in memory. */
public final class InMemoryAdviceRegister extends InMemoryVersionedStore<AdviceId, LiaisonAdvice> implements AdviceRegister.Scanned {
    /** An empty store. */
    public InMemoryAdviceRegister() {
        super("advice");
    }
}
