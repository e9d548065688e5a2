package io.vigil.testkit.memory.guard;

import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.port.out.GuardContractRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link GuardContractRegistry} in memory. */
public final class InMemoryGuardContractRegistry extends InMemoryVersionedStore<GuardContractId, GuardContract> implements GuardContractRegistry.Scanned {
    public InMemoryGuardContractRegistry() {
        super("guard-contract");
    }
}
