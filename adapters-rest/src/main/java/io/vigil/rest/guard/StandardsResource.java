package io.vigil.rest.guard;

import io.vigil.guard.domain.LabourStandards;
import io.vigil.guard.domain.MinimumWage;
import io.vigil.guard.domain.PublicHoliday;
import io.vigil.rest.resource.Identified;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** A country's labour standards as the API shows them; a limit left out is not checked. */
public record StandardsResource(String id, String office, long version, String country, String name,
                                Optional<BigDecimal> maxDayShiftHours, Optional<BigDecimal> maxNightShiftHours,
                                Optional<BigDecimal> maxMixedShiftHours, Optional<BigDecimal> maxDailyOvertimeHours,
                                Optional<Integer> maxOvertimeDaysPerWeek, Optional<BigDecimal> maxWeeklyHours,
                                Optional<BigDecimal> minWeeklyRestHours, LocalTime nightStarts, LocalTime nightEnds,
                                BigDecimal mixedNightLimit, List<MinimumWage> wages, List<PublicHoliday> holidays)
        implements Identified {

    /** The resource of a country's standards. */
    public static StandardsResource from(LabourStandards s) {
        return new StandardsResource(s.id().toString(), s.office().value(), s.version(), s.country(), s.name(),
                s.maxDayShiftHours(), s.maxNightShiftHours(), s.maxMixedShiftHours(), s.maxDailyOvertimeHours(),
                s.maxOvertimeDaysPerWeek(), s.maxWeeklyHours(), s.minWeeklyRestHours(), s.nightStarts(), s.nightEnds(),
                s.mixedNightLimit(), s.wages(), s.holidays());
    }
}
