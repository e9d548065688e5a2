package io.vigil.review.port.out;

import io.vigil.kernel.access.Actor;
import io.vigil.review.domain.ReviewPeriod;
import io.vigil.review.domain.ReviewSection;

/**
 * Where one section of the programme review comes from: a context's figures for a period, read
 * through that context's own use cases ({@code port.in}) by the reader the review passes (adapted in
 * {@code io.vigil.wiring}, one class per context). A source counts only records on record by the
 * period's {@code asOf} and refuses (a {@code RefusedException}) to count more than
 * {@link #MAX_RECORDS} records of one kind.
 */
public interface ReviewSource {
    /** The most records of one kind a section counts. */
    int MAX_RECORDS = 5000;

    /** The section's key, unique among the sources (for example {@code incidents}). */
    String key();

    /** The section for the period, findings included (the review drops them for readers without details). */
    ReviewSection section(Actor reader, ReviewPeriod period);
}
