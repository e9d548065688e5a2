package io.vigil.files.risk;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.VenueAssessment;
import io.vigil.risk.domain.VenueId;
import io.vigil.risk.port.out.VenueRegistry;
import java.time.Instant;
import java.util.List;

/** {@link VenueRegistry} on JSON files. */
final class FileVenueRegistry extends FileVersionedStore<VenueId, VenueAssessment> implements VenueRegistry {
    FileVenueRegistry(JsonDirectory<VenueAssessment> files) {
        super(files, "venue");
    }

    @Override
    public Page<VenueAssessment> list(OfficeId office, PageRequest page) {
        return query.page(office, VenueRegistry.BY_NAME, page);
    }

    @Override
    public List<VenueAssessment> expired(OfficeId office, Instant at) {
        return query.list(office, v -> v.expiredAt(at), VenueRegistry.LAPSED_FIRST);
    }
}
