package io.vigil.files.awareness;

import io.vigil.awareness.domain.AwarenessPolicy;
import io.vigil.kernel.OfficeId;
import io.vigil.awareness.port.out.AwarenessPolicyStore;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;

/** {@link AwarenessPolicyStore} on JSON files. */
final class FileAwarenessPolicyStore extends FileVersionedStore<OfficeId, AwarenessPolicy> implements AwarenessPolicyStore {
    FileAwarenessPolicyStore(JsonDirectory<AwarenessPolicy> files) {
        super(files, "awareness-policy");
    }
}
