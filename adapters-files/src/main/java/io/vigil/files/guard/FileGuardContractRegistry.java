package io.vigil.files.guard;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.port.out.GuardContractRegistry;

/** {@link GuardContractRegistry} on JSON files. */
final class FileGuardContractRegistry extends FileVersionedStore<GuardContractId, GuardContract> implements GuardContractRegistry.Scanned {
    FileGuardContractRegistry(JsonDirectory<GuardContract> files) {
        super(files, "guard-contract");
    }
}
