package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.domain.MessageSettings;
import io.vigil.alerting.port.out.MessageSettingsStore;
import io.vigil.kernel.OfficeId;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link MessageSettingsStore} in memory. */
public final class InMemoryMessageSettingsStore extends InMemoryVersionedStore<OfficeId, MessageSettings>
        implements MessageSettingsStore {
    public InMemoryMessageSettingsStore() {
        super("message-settings");
    }
}
