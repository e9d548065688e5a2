package io.vigil.crisis.port.out;

import io.vigil.crisis.domain.CrisisTeam;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.VersionedStore;

/** Outbound port: the crisis team of each office, keyed by office. */
public interface CrisisTeamStore extends VersionedStore<OfficeId, CrisisTeam> {
}
