package io.vigil.guard.domain;

import io.vigil.kernel.Require;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.UUID;

/**
 * A guard post of a contract: at a site (a facility of the risk context, by its id), its shift
 * windows, how many guards stand each shift, armed or not, the qualifications each guard must
 * hold, the hourly rate per guard and the multiplier of hours on public holidays.
 */
public record Post(String code, String name, UUID site, List<ShiftWindow> schedule, int guardsPerShift, boolean armed,
                   List<String> qualifications, BigDecimal hourlyRate, BigDecimal holidayMultiplier) {
    /** The most shift windows of a post. */
    public static final int MAX_WINDOWS = 21;
    /** The most guards on one shift of a post. */
    public static final int MAX_GUARDS_PER_SHIFT = 20;
    /** The most qualifications a post requires. */
    public static final int MAX_QUALIFICATIONS = 10;
    /** The highest public-holiday multiplier. */
    public static final BigDecimal MAX_MULTIPLIER = BigDecimal.valueOf(5);
    /** The default public-holiday multiplier. */
    public static final BigDecimal DEFAULT_MULTIPLIER = new BigDecimal("2.0");

    public Post {
        code = Require.text(code, "code", 20);
        name = Require.text(name, "name", 200);
        Require.nonNull(site, "site");
        schedule = Require.noNulls(schedule, "schedule");
        Require.that(!schedule.isEmpty() && schedule.size() <= MAX_WINDOWS, "schedule",
                "must hold between 1 and " + MAX_WINDOWS + " shift windows");
        Require.that(guardsPerShift >= 1 && guardsPerShift <= MAX_GUARDS_PER_SHIFT, "guardsPerShift",
                "must be between 1 and " + MAX_GUARDS_PER_SHIFT);
        qualifications = Require.noNulls(qualifications, "qualifications").stream()
                .map(q -> Require.text(q, "qualifications", 40)).distinct().toList();
        Require.that(qualifications.size() <= MAX_QUALIFICATIONS, "qualifications",
                "must be at most " + MAX_QUALIFICATIONS);
        Require.nonNull(hourlyRate, "hourlyRate");
        Require.that(hourlyRate.signum() > 0 && hourlyRate.scale() <= 4 && hourlyRate.precision() - hourlyRate.scale() <= 9,
                "hourlyRate", "must be positive, below a billion, with at most 4 decimals");
        Require.nonNull(holidayMultiplier, "holidayMultiplier");
        Require.that(holidayMultiplier.compareTo(BigDecimal.ONE) >= 0 && holidayMultiplier.compareTo(MAX_MULTIPLIER) <= 0
                && holidayMultiplier.scale() <= 2, "holidayMultiplier", "must be between 1 and 5, with at most 2 decimals");
    }

    /** The windows that open on a weekday. */
    public List<ShiftWindow> windowsOn(DayOfWeek day) {
        return schedule.stream().filter(w -> w.on(day)).toList();
    }

    /** The guard hours scheduled on a weekday: each window's hours times the guards per shift. */
    public BigDecimal scheduledHours(DayOfWeek day) {
        return windowsOn(day).stream().map(ShiftWindow::hours).reduce(BigDecimal.ZERO, BigDecimal::add)
                .multiply(BigDecimal.valueOf(guardsPerShift));
    }
}
