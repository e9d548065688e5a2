package io.vigil.crisis.port.out;

import io.vigil.crisis.domain.ContinuityInputs;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.VersionedStore;

/** Outbound port: the business continuity inputs of each office, keyed by office. */
public interface ContinuityStore extends VersionedStore<OfficeId, ContinuityInputs> {
}
