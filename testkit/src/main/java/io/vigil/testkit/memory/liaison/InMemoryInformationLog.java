package io.vigil.testkit.memory.liaison;

import io.vigil.liaison.domain.InformationExchange;
import io.vigil.liaison.domain.ExchangeId;
import io.vigil.liaison.port.out.InformationLog;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link InformationLog} in memory. */
public final class InMemoryInformationLog extends InMemoryVersionedStore<ExchangeId, InformationExchange> implements InformationLog.Scanned {
    /** An empty store. */
    public InMemoryInformationLog() {
        super("information exchange");
    }
}
