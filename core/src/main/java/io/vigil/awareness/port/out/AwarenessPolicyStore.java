package io.vigil.awareness.port.out;

import io.vigil.awareness.domain.AwarenessPolicy;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.VersionedStore;

/** Outbound port: each office's awareness settings, keyed by office. */
public interface AwarenessPolicyStore extends VersionedStore<OfficeId, AwarenessPolicy> {
}
