package io.vigil.files.crisis;

import io.vigil.crisis.domain.Activation;
import io.vigil.crisis.domain.ActivationId;
import io.vigil.crisis.port.out.ActivationLog;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;

/** {@link ActivationLog} on JSON files. */
final class FileActivationLog extends FileVersionedStore<ActivationId, Activation> implements ActivationLog.Scanned {
    FileActivationLog(JsonDirectory<Activation> files) {
        super(files, "activation");
    }
}
