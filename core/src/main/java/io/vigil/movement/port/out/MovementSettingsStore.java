package io.vigil.movement.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.movement.domain.MovementSettings;

/** Outbound port: each office's movement settings, keyed by office. */
public interface MovementSettingsStore extends VersionedStore<OfficeId, MovementSettings> {
}
