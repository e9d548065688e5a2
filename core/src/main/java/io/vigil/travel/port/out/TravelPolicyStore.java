package io.vigil.travel.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.travel.domain.TravelPolicy;

/** Outbound port: each office's travel settings, keyed by office. */
public interface TravelPolicyStore extends VersionedStore<OfficeId, TravelPolicy> {
}
