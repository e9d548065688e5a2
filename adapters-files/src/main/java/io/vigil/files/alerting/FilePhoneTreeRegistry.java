package io.vigil.files.alerting;

import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.domain.TreeId;
import io.vigil.alerting.port.out.PhoneTreeRegistry;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;

/** {@link PhoneTreeRegistry} on JSON files. */
final class FilePhoneTreeRegistry extends FileVersionedStore<TreeId, PhoneTree> implements PhoneTreeRegistry.Scanned {
    FilePhoneTreeRegistry(JsonDirectory<PhoneTree> files) {
        super(files, "phone-tree");
    }
}
