package io.vigil.files.risk;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.risk.domain.VenueAssessment;
import io.vigil.risk.domain.VenueId;
import io.vigil.risk.port.out.VenueRegistry;

/** {@link VenueRegistry} on JSON files. */
final class FileVenueRegistry extends FileVersionedStore<VenueId, VenueAssessment> implements VenueRegistry.Scanned {
    FileVenueRegistry(JsonDirectory<VenueAssessment> files) {
        super(files, "venue");
    }
}
