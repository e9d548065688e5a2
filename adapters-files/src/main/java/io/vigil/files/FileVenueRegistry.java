package io.vigil.files;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.VenueAssessment;
import io.vigil.risk.domain.VenueId;
import io.vigil.risk.port.out.VenueRegistry;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** {@link VenueRegistry} on JSON files. */
final class FileVenueRegistry extends FileVersionedStore<VenueId, VenueAssessment> implements VenueRegistry {
    private static final Comparator<VenueAssessment> BY_NAME = Comparator.comparing(VenueAssessment::name)
            .thenComparing(v -> v.id().toString());
    private static final Comparator<VenueAssessment> LAPSED_FIRST = Comparator
            .comparing(VenueAssessment::validUntil).thenComparing(v -> v.id().toString());

    FileVenueRegistry(JsonDirectory<VenueAssessment> files) {
        super(files, "venue");
    }

    @Override
    public Page<VenueAssessment> list(OfficeId office, PageRequest page) {
        return Page.of(matching(office, v -> true).sorted(BY_NAME).toList(), page);
    }

    @Override
    public List<VenueAssessment> expired(OfficeId office, Instant at) {
        return matching(office, v -> v.expiredAt(at)).sorted(LAPSED_FIRST).toList();
    }
}
