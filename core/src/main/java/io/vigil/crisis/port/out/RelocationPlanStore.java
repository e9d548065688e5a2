package io.vigil.crisis.port.out;

import io.vigil.crisis.domain.RelocationPlan;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.VersionedStore;

/** Outbound port: the relocation and evacuation arrangements of each office, keyed by office. */
public interface RelocationPlanStore extends VersionedStore<OfficeId, RelocationPlan> {
}
