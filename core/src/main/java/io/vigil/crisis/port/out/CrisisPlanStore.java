package io.vigil.crisis.port.out;

import io.vigil.crisis.domain.CrisisPlan;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.VersionedStore;

/** Outbound port: the Crisis Management Plan of each office, keyed by office. */
public interface CrisisPlanStore extends VersionedStore<OfficeId, CrisisPlan> {
}
