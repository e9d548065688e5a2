package io.vigil.files.travel;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.OfficeId;
import io.vigil.travel.domain.TravelPolicy;
import io.vigil.travel.port.out.TravelPolicyStore;

/** {@link TravelPolicyStore} on JSON files. */
final class FileTravelPolicyStore extends FileVersionedStore<OfficeId, TravelPolicy> implements TravelPolicyStore {
    FileTravelPolicyStore(JsonDirectory<TravelPolicy> files) {
        super(files, "travel-policy");
    }
}
