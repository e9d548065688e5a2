package io.vigil.guard.domain;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks a vendor's roster against a country's labour standards: each shift's length for its kind
 * (day, night, mixed) plus the overtime allowed a day, the days with overtime in a week, the hours
 * of a week and the longest rest of each week (weeks run Monday to Sunday; a shift counts in the
 * week and on the day it starts; the rest is checked only for weeks wholly inside the roster's
 * period). Every violation names the guard, the dates, the rule and the values.
 */
public final class LabourCheck {
    private final LabourStandards standards;

    /** A check against these standards. */
    public LabourCheck(LabourStandards standards) {
        this.standards = standards;
    }

    /** The kind of a shift by its night hours. */
    public enum ShiftKind { DAY, NIGHT, MIXED }

    /** Every violation of the roster, by guard and date. */
    public List<LabourViolation> violations(Roster roster) {
        List<LabourViolation> found = new ArrayList<>();
        Map<String, List<Shift>> byGuard = roster.shifts().stream().sorted(Comparator.comparing(Shift::start))
                .collect(Collectors.groupingBy(Shift::badge, TreeMap::new, Collectors.toList()));
        byGuard.forEach((badge, shifts) -> {
            for (Shift s : shifts) {
                shiftLength(badge, s).ifPresent(found::add);
            }
            Map<LocalDate, List<Shift>> weeks = shifts.stream().collect(Collectors.groupingBy(
                    s -> s.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), TreeMap::new,
                    Collectors.toList()));
            weeks.forEach((monday, inWeek) -> {
                overtimeDays(badge, monday, inWeek).ifPresent(found::add);
                weeklyHours(badge, monday, inWeek).ifPresent(found::add);
            });
            weeklyRest(badge, roster, shifts, found);
        });
        return found;
    }

    /** A shift's kind: no night hours a day shift; night hours at or above the mixed limit, or no day hours, a night shift. */
    public ShiftKind kind(Shift s) {
        long night = nightMinutes(s.start(), s.end());
        long all = Duration.between(s.start(), s.end()).toMinutes();
        if (night == 0) {
            return ShiftKind.DAY;
        }
        if (night == all || Hours.ofMinutes(night).compareTo(standards.mixedNightLimit()) >= 0) {
            return ShiftKind.NIGHT;
        }
        return ShiftKind.MIXED;
    }

    /** The longest ordinary shift of a kind, if the standards set one. */
    public Optional<BigDecimal> maxFor(ShiftKind kind) {
        return switch (kind) {
            case DAY -> standards.maxDayShiftHours();
            case NIGHT -> standards.maxNightShiftHours();
            case MIXED -> standards.maxMixedShiftHours();
        };
    }

    /** The overtime of a shift: its hours beyond the longest ordinary shift of its kind (zero if none is set). */
    public BigDecimal overtime(Shift s) {
        return maxFor(kind(s)).map(max -> s.hours().subtract(max).max(BigDecimal.ZERO)).orElse(BigDecimal.ZERO);
    }

    private Optional<LabourViolation> shiftLength(String badge, Shift s) {
        ShiftKind kind = kind(s);
        return maxFor(kind).flatMap(max -> {
            BigDecimal allowed = max.add(standards.maxDailyOvertimeHours().orElse(BigDecimal.ZERO));
            if (s.hours().compareTo(allowed) <= 0) {
                return Optional.empty();
            }
            return Optional.of(LabourViolation.of("SHIFT_LENGTH", badge, s.day(), s.end().toLocalDate(),
                    kind.name().toLowerCase() + " shift of " + Hours.text(s.hours()) + " h on post " + s.post() + " ("
                            + s.start() + " to " + s.end() + ") exceeds " + Hours.text(max) + " h plus "
                            + Hours.text(allowed.subtract(max)) + " h overtime = " + Hours.text(allowed) + " h"));
        });
    }

    private Optional<LabourViolation> overtimeDays(String badge, LocalDate monday, List<Shift> week) {
        return standards.maxOvertimeDaysPerWeek().flatMap(max -> {
            List<LocalDate> days = week.stream().filter(s -> overtime(s).signum() > 0).map(Shift::day).distinct()
                    .sorted().toList();
            if (days.size() <= max) {
                return Optional.empty();
            }
            return Optional.of(LabourViolation.of("OVERTIME_DAYS", badge, monday, monday.plusDays(6),
                    days.size() + " days with overtime in the week (" + days.stream().map(LocalDate::toString)
                            .collect(Collectors.joining(", ")) + "), at most " + max));
        });
    }

    private Optional<LabourViolation> weeklyHours(String badge, LocalDate monday, List<Shift> week) {
        return standards.maxWeeklyHours().flatMap(max -> {
            BigDecimal total = week.stream().map(Shift::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(max) <= 0) {
                return Optional.empty();
            }
            return Optional.of(LabourViolation.of("WEEKLY_HOURS", badge, monday, monday.plusDays(6),
                    Hours.text(total) + " h in the week, at most " + Hours.text(max) + " h"));
        });
    }

    private void weeklyRest(String badge, Roster roster, List<Shift> shifts, List<LabourViolation> found) {
        standards.minWeeklyRestHours().ifPresent(min -> {
            LocalDate monday = roster.from().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            for (; !monday.plusDays(6).isAfter(roster.to()); monday = monday.plusWeeks(1)) {
                LocalDateTime from = monday.atStartOfDay();
                LocalDateTime to = monday.plusWeeks(1).atStartOfDay();
                long longest = 0;
                LocalDateTime free = from;
                for (Shift s : shifts) {
                    if (!s.end().isAfter(from) || !s.start().isBefore(to)) {
                        continue;
                    }
                    if (s.start().isAfter(free)) {
                        longest = Math.max(longest, Duration.between(free, s.start()).toMinutes());
                    }
                    if (s.end().isAfter(free)) {
                        free = s.end();
                    }
                }
                if (to.isAfter(free)) {
                    longest = Math.max(longest, Duration.between(free, to).toMinutes());
                }
                if (Hours.ofMinutes(longest).compareTo(min) < 0) {
                    found.add(LabourViolation.of("WEEKLY_REST", badge, monday, monday.plusDays(6),
                            "longest rest in the week " + Hours.text(Hours.ofMinutes(longest)) + " h, at least "
                                    + Hours.text(min) + " h in one stretch"));
                }
            }
        });
    }

    /** The minutes of [start, end) in the night periods, which run from nightStarts to nightEnds. */
    long nightMinutes(LocalDateTime start, LocalDateTime end) {
        long minutes = 0;
        for (LocalDate d = start.toLocalDate().minusDays(1); !d.isAfter(end.toLocalDate()); d = d.plusDays(1)) {
            LocalDateTime nightFrom = d.atTime(standards.nightStarts());
            LocalDateTime nightTo = standards.nightEnds().isAfter(standards.nightStarts())
                    ? d.atTime(standards.nightEnds()) : d.plusDays(1).atTime(standards.nightEnds());
            LocalDateTime a = start.isAfter(nightFrom) ? start : nightFrom;
            LocalDateTime b = end.isBefore(nightTo) ? end : nightTo;
            if (b.isAfter(a)) {
                minutes += Duration.between(a, b).toMinutes();
            }
        }
        return minutes;
    }
}
