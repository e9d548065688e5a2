package io.vigil.guard.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A country's labour standards for guards, as data: the longest day, night and mixed shift (hours
 * between {@code nightStarts} and {@code nightEnds} are night hours; a shift with night hours
 * below {@code mixedNightLimit} and day hours too is mixed, with more it is a night shift), the
 * overtime a day and the days with overtime a week, the longest week, the shortest weekly rest in
 * one stretch, the minimum daily wages by effective date and the public holidays. A standard left
 * empty is not checked.
 */
public record LabourStandards(StandardsId id, OfficeId office, long version, String country, String name,
                              Optional<BigDecimal> maxDayShiftHours, Optional<BigDecimal> maxNightShiftHours,
                              Optional<BigDecimal> maxMixedShiftHours, Optional<BigDecimal> maxDailyOvertimeHours,
                              Optional<Integer> maxOvertimeDaysPerWeek, Optional<BigDecimal> maxWeeklyHours,
                              Optional<BigDecimal> minWeeklyRestHours, LocalTime nightStarts, LocalTime nightEnds,
                              BigDecimal mixedNightLimit, List<MinimumWage> wages, List<PublicHoliday> holidays)
        implements Versioned<StandardsId, LabourStandards> {
    /** The most minimum wages kept. */
    public static final int MAX_WAGES = 50;
    /** The most public holidays kept. */
    public static final int MAX_HOLIDAYS = 400;

    public LabourStandards {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(country, "country");
        Require.that(country.matches("[A-Z]{2}"), "country", "must be an ISO 3166 alpha-2 code such as MX");
        name = Require.text(name, "name", 200);
        hours(maxDayShiftHours, "maxDayShiftHours");
        hours(maxNightShiftHours, "maxNightShiftHours");
        hours(maxMixedShiftHours, "maxMixedShiftHours");
        hours(maxDailyOvertimeHours, "maxDailyOvertimeHours");
        hours(maxWeeklyHours, "maxWeeklyHours");
        hours(minWeeklyRestHours, "minWeeklyRestHours");
        Require.nonNull(maxOvertimeDaysPerWeek, "maxOvertimeDaysPerWeek");
        maxOvertimeDaysPerWeek.ifPresent(d -> Require.that(d >= 0 && d <= 7, "maxOvertimeDaysPerWeek",
                "must be between 0 and 7"));
        Require.nonNull(nightStarts, "nightStarts");
        Require.nonNull(nightEnds, "nightEnds");
        Hours.requireQuarter(nightStarts, "nightStarts");
        Hours.requireQuarter(nightEnds, "nightEnds");
        Require.nonNull(mixedNightLimit, "mixedNightLimit");
        Require.that(mixedNightLimit.signum() >= 0 && mixedNightLimit.compareTo(BigDecimal.valueOf(24)) <= 0,
                "mixedNightLimit", "must be between 0 and 24");
        wages = Require.noNulls(wages, "wages").stream().sorted(Comparator.comparing(MinimumWage::effective)).toList();
        Require.that(wages.size() <= MAX_WAGES, "wages", "must be at most " + MAX_WAGES);
        holidays = Require.noNulls(holidays, "holidays").stream()
                .sorted(Comparator.comparing(PublicHoliday::date)).toList();
        Require.that(holidays.size() <= MAX_HOLIDAYS, "holidays", "must be at most " + MAX_HOLIDAYS);
        Require.that(holidays.stream().map(PublicHoliday::date).distinct().count() == holidays.size(), "holidays",
                "must not repeat a date");
    }

    private static void hours(Optional<BigDecimal> value, String field) {
        Require.nonNull(value, field);
        value.ifPresent(h -> Require.that(h.signum() >= 0 && h.compareTo(BigDecimal.valueOf(168)) <= 0
                && h.scale() <= 2, field, "must be between 0 and 168 hours, at most 2 decimals"));
    }

    /** The public holiday on that day, if it is one. */
    public Optional<PublicHoliday> holiday(LocalDate day) {
        return holidays.stream().filter(h -> h.date().equals(day)).findFirst();
    }

    /** The minimum wage in force on that day, if any (the latest effective on or before it). */
    public Optional<MinimumWage> wageOn(LocalDate day) {
        return wages.stream().filter(w -> !w.effective().isAfter(day)).reduce((a, b) -> b);
    }

    @Override
    public LabourStandards withVersion(long newVersion) {
        return new LabourStandards(id, office, newVersion, country, name, maxDayShiftHours, maxNightShiftHours,
                maxMixedShiftHours, maxDailyOvertimeHours, maxOvertimeDaysPerWeek, maxWeeklyHours, minWeeklyRestHours,
                nightStarts, nightEnds, mixedNightLimit, wages, holidays);
    }
}
