package io.vigil.alerting.port.out;

import io.vigil.alerting.domain.MessageSettings;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.VersionedStore;

/** The offices' message settings (default language and own templates), one per office, identified by it. */
public interface MessageSettingsStore extends VersionedStore<OfficeId, MessageSettings> {
}
