package io.vigil.people.domain;

import io.vigil.kernel.Require;
import java.time.Duration;
import java.time.Instant;

/**
 * How long a span a command of the personnel context may carry: no leg or hotel stay lasts years,
 * and a presence of centuries is no stay in a country. (The stores index a leg or a stay by one
 * entry however long it is; the bound keeps the commands to what a security programme tracks.)
 *
 * @param legDays       the longest itinerary leg, departure to arrival, in days (366 by default)
 * @param stayDays      the longest hotel stay, check-in to check-out, in days (366 by default)
 * @param presenceYears the longest presence in the country, arrival to departure, in years of 365.25
 *                      days (50 by default; a presence still open is not bounded)
 */
public record SpanLimits(int legDays, int stayDays, int presenceYears) {
    /** The largest bound of each: a century of days, a century of years. */
    public static final int MAX_DAYS = 36_525;
    public static final int MAX_YEARS = 100;

    /** A leg or a hotel stay of at most 366 days, a presence of at most 50 years. */
    public static final SpanLimits DEFAULT = new SpanLimits(366, 366, 50);

    public SpanLimits {
        Require.that(legDays >= 1 && legDays <= MAX_DAYS, "legDays", "must be between 1 and " + MAX_DAYS);
        Require.that(stayDays >= 1 && stayDays <= MAX_DAYS, "stayDays", "must be between 1 and " + MAX_DAYS);
        Require.that(presenceYears >= 1 && presenceYears <= MAX_YEARS, "presenceYears",
                "must be between 1 and " + MAX_YEARS);
    }

    /** Whether a leg from {@code departure} to {@code arrival} is short enough. */
    public boolean legFits(Instant departure, Instant arrival) {
        return fits(departure, arrival, Duration.ofDays(legDays));
    }

    /** Whether a hotel stay from {@code checkIn} to {@code checkOut} is short enough. */
    public boolean stayFits(Instant checkIn, Instant checkOut) {
        return fits(checkIn, checkOut, Duration.ofDays(stayDays));
    }

    /** Whether a presence from {@code arrival} to {@code departure} is short enough. */
    public boolean presenceFits(Instant arrival, Instant departure) {
        return fits(arrival, departure, presence());
    }

    /** The longest presence: {@code presenceYears} years of 365.25 days. */
    public Duration presence() {
        return Duration.ofHours(presenceYears * 8_766L);
    }

    private static boolean fits(Instant from, Instant to, Duration max) {
        // Instants lie within about ±3.2e16 seconds, so the difference of any two fits a Duration.
        return Duration.between(from, to).compareTo(max) <= 0;
    }
}
