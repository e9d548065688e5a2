package io.vigil.files.alerting;

import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.AdvisoryId;
import io.vigil.alerting.port.out.AdvisoryBoard;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.time.Instant;
import java.util.List;

/** {@link AdvisoryBoard} on JSON files. */
final class FileAdvisoryBoard extends FileVersionedStore<AdvisoryId, Advisory> implements AdvisoryBoard {

    FileAdvisoryBoard(JsonDirectory<Advisory> files) {
        super(files, "advisory");
    }

    @Override
    public Page<Advisory> list(OfficeId office, PageRequest page) {
        return query.page(office, AdvisoryBoard.LATEST_FIRST, page);
    }

    @Override
    public List<Advisory> active(OfficeId office, Instant at) {
        return query.list(office, a -> a.activeAt(at), AdvisoryBoard.LATEST_FIRST);
    }
}
