package io.vigil.review.domain;

import static io.vigil.kernel.access.Operation.READ;
import static io.vigil.kernel.access.Role.MANAGER;
import static io.vigil.kernel.access.Role.SECURITY_ASSOCIATE;
import static io.vigil.kernel.access.Scope.OFFICE;

import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Grant;
import java.util.List;
import java.util.stream.Stream;

/** The review context's classes of data: the figures of a programme review, and the lists naming what they count. */
public enum ReviewData implements DataClass {
    /** A review's figures, charts and the ids of the records they count: no personal data. */
    REVIEW_FIGURES(false),
    /** A review's lists naming what is overdue or missing, persons included: need-to-know, every read audited. */
    REVIEW_DETAILS(true);

    private final boolean sensitive;

    ReviewData(boolean sensitive) {
        this.sensitive = sensitive;
    }

    @Override
    public boolean sensitive() {
        return sensitive;
    }

    /**
     * Who may read a review (the security officer reads everything): the associate reads figures and
     * details, a manager the figures alone.
     */
    public static List<Grant> grants() {
        return Stream.of(
                Grant.rows(SECURITY_ASSOCIATE, READ, OFFICE, REVIEW_FIGURES, REVIEW_DETAILS),
                Grant.rows(MANAGER, READ, OFFICE, REVIEW_FIGURES))
                .flatMap(List::stream).toList();
    }
}
