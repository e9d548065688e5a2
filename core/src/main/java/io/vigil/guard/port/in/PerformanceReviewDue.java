package io.vigil.guard.port.in;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A contract whose performance review is overdue: its id and reference, the end of the latest
 * period reviewed (none if never reviewed), the review interval and the day the review fell due.
 */
public record PerformanceReviewDue(UUID contract, String reference, Optional<LocalDate> lastReviewedTo,
                                   int reviewEveryDays, LocalDate due) {
}
