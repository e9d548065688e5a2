package io.vigil.risk.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.risk.domain.RiskPolicy;

/** Outbound port: each office's configured risk matrix and acceptability table, keyed by office. */
public interface RiskPolicyStore extends VersionedStore<OfficeId, RiskPolicy> {
}
