package io.vigil.guard.domain;

import io.vigil.kernel.Require;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Exact hours for the guard-force arithmetic: times fall on quarter hours, so hours are exact decimals. */
public final class Hours {
    /** The granularity of every shift time, in minutes. */
    public static final int QUARTER = 15;
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Hours() {
    }

    /** The hours of a number of minutes that is a multiple of {@link #QUARTER}, exactly. */
    public static BigDecimal ofMinutes(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY).stripTrailingZeros();
    }

    /** The exact hours between two local times. */
    public static BigDecimal between(LocalDateTime start, LocalDateTime end) {
        return ofMinutes(Duration.between(start, end).toMinutes());
    }

    /** Throws naming {@code field} unless the time falls on a quarter hour with no seconds. */
    public static void requireQuarter(LocalTime time, String field) {
        Require.that(time.getSecond() == 0 && time.getNano() == 0 && time.getMinute() % QUARTER == 0, field,
                "must fall on a quarter hour (:00, :15, :30 or :45), was " + time);
    }

    /** Hours as people read them: {@code 12}, {@code 7.5}. */
    public static String text(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}
