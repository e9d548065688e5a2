package io.vigil.files.guard;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.guard.domain.PerformanceReview;
import io.vigil.guard.domain.PerformanceReviewId;
import io.vigil.guard.port.out.PerformanceReviewBook;

/** {@link PerformanceReviewBook} on JSON files. */
final class FilePerformanceReviewBook extends FileVersionedStore<PerformanceReviewId, PerformanceReview> implements PerformanceReviewBook.Scanned {
    FilePerformanceReviewBook(JsonDirectory<PerformanceReview> files) {
        super(files, "guard-review");
    }
}
