package io.vigil.files.alerting;

import io.vigil.alerting.domain.MessageSettings;
import io.vigil.alerting.port.out.MessageSettingsStore;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.OfficeId;

/** {@link MessageSettingsStore} on JSON files: one file per office. */
final class FileMessageSettingsStore extends FileVersionedStore<OfficeId, MessageSettings>
        implements MessageSettingsStore {
    FileMessageSettingsStore(JsonDirectory<MessageSettings> files) {
        super(files, "message-settings");
    }
}
