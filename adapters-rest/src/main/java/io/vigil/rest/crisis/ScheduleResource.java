package io.vigil.rest.crisis;

import io.vigil.crisis.domain.ExerciseSchedule;
import io.vigil.crisis.domain.ScheduleRule;
import java.util.List;

/** The drill schedule as the API shows it: a recurrence rule per kind. */
public record ScheduleResource(String office, long version, List<ScheduleRule> rules)
        implements CrisisApi.Versioned {

    /** The schedule's resource. */
    public static ScheduleResource from(ExerciseSchedule s) {
        return new ScheduleResource(s.id().value(), s.version(), s.rules());
    }
}
