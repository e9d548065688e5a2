package io.vigil.guard.domain;

import io.vigil.kernel.Require;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One guard's shift on one post as the vendor's roster states it, in the office's local time. */
public record Shift(String badge, String post, LocalDateTime start, LocalDateTime end) {
    /** The longest shift a roster may state. */
    public static final Duration MAX_LENGTH = Duration.ofHours(24);

    public Shift {
        badge = Require.text(badge, "shifts.badge", 40);
        post = Require.text(post, "shifts.post", 20);
        Require.nonNull(start, "shifts.start");
        Require.nonNull(end, "shifts.end");
        Hours.requireQuarter(start.toLocalTime(), "shifts.start");
        Hours.requireQuarter(end.toLocalTime(), "shifts.end");
        Require.that(end.isAfter(start), "shifts.end", "must be after start");
        Require.that(Duration.between(start, end).compareTo(MAX_LENGTH) <= 0, "shifts.end",
                "must be at most 24 hours after start");
    }

    /** The day the shift starts on, to which it belongs. */
    public LocalDate day() {
        return start.toLocalDate();
    }

    /** The shift's hours, exactly. */
    public BigDecimal hours() {
        return Hours.between(start, end);
    }
}
