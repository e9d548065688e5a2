package io.vigil.examples;

import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.SpanLimits;
import io.vigil.people.domain.WardenRosterWindow;
import io.vigil.rest.RestLimits;
import java.time.Duration;
import java.util.Map;

/**
 * The reference app's limits, read from the environment (each bounded; a value out of bounds stops
 * the start naming the variable):
 * {@code VIGIL_LEG_MAX_DAYS} and {@code VIGIL_STAY_MAX_DAYS} (1 to 36,525, default 366),
 * {@code VIGIL_PRESENCE_MAX_YEARS} (1 to 100, default 50), {@code VIGIL_ROSTER_BACK_HOURS} and
 * {@code VIGIL_ROSTER_AHEAD_HOURS} (0 to 876,600, default 168), {@code VIGIL_MAX_BODY_BYTES}
 * (1,024 to 16,000,000, default 1,000,000) and {@code VIGIL_MAX_PAGE_SIZE} (1 to 500, default 500).
 */
record AppLimits(SpanLimits spans, WardenRosterWindow rosterWindow, RestLimits rest) {
    private static final int MAX_WINDOW_HOURS = SpanLimits.MAX_DAYS * 24;

    /** The documented defaults. */
    static final AppLimits DEFAULT = new AppLimits(SpanLimits.DEFAULT, WardenRosterWindow.DEFAULT, RestLimits.DEFAULT);

    static AppLimits fromEnvironment(Map<String, String> env) {
        SpanLimits spans = new SpanLimits(
                AppConfig.number(env, "VIGIL_LEG_MAX_DAYS", SpanLimits.DEFAULT.legDays(), 1, SpanLimits.MAX_DAYS),
                AppConfig.number(env, "VIGIL_STAY_MAX_DAYS", SpanLimits.DEFAULT.stayDays(), 1, SpanLimits.MAX_DAYS),
                AppConfig.number(env, "VIGIL_PRESENCE_MAX_YEARS", SpanLimits.DEFAULT.presenceYears(), 1,
                        SpanLimits.MAX_YEARS));
        WardenRosterWindow window = new WardenRosterWindow(
                Duration.ofHours(AppConfig.number(env, "VIGIL_ROSTER_BACK_HOURS",
                        (int) WardenRosterWindow.DEFAULT.back().toHours(), 0, MAX_WINDOW_HOURS)),
                Duration.ofHours(AppConfig.number(env, "VIGIL_ROSTER_AHEAD_HOURS",
                        (int) WardenRosterWindow.DEFAULT.ahead().toHours(), 0, MAX_WINDOW_HOURS)));
        RestLimits rest = new RestLimits(
                AppConfig.number(env, "VIGIL_MAX_BODY_BYTES", RestLimits.DEFAULT.maxBodyBytes(),
                        RestLimits.MIN_BODY_BYTES, RestLimits.MAX_BODY_BYTES),
                AppConfig.number(env, "VIGIL_MAX_PAGE_SIZE", RestLimits.DEFAULT.maxPageSize(), 1,
                        PageRequest.MAX_LIMIT));
        return new AppLimits(spans, window, rest);
    }
}
