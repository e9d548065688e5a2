package io.vigil.incident.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When reports on an incident are due, counted from when it happened: a critical incident needs a
 * flash report at once and a written report within {@link #CRITICAL_WRITTEN} (24 h); a serious or
 * moderate one a written report within {@link #OTHER_WRITTEN} (48 h); a minor one none, unless its
 * subtype is always reportable (every road traffic crash), then within 48 h.
 */
public final class ReportingRules {
    /** The time to a written report on a critical incident. */
    public static final Duration CRITICAL_WRITTEN = Duration.ofHours(24);
    /** The time to a written report on any other reportable incident. */
    public static final Duration OTHER_WRITTEN = Duration.ofHours(48);

    private ReportingRules() {
    }

    /** Whether a flash report is due at once. */
    public static boolean flashRequired(Severity severity) {
        return severity == Severity.CRITICAL;
    }

    /** When the written report is due; empty when none is needed. */
    public static Optional<Instant> writtenDue(Severity severity, boolean alwaysReportable, Instant occurredAt) {
        return switch (severity) {
            case CRITICAL -> Optional.of(occurredAt.plus(CRITICAL_WRITTEN));
            case SERIOUS, MODERATE -> Optional.of(occurredAt.plus(OTHER_WRITTEN));
            case MINOR -> alwaysReportable ? Optional.of(occurredAt.plus(OTHER_WRITTEN)) : Optional.empty();
        };
    }
}
