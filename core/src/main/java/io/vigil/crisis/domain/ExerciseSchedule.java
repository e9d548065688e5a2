package io.vigil.crisis.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.util.List;
import java.util.Optional;

/** An office's drill schedule: at most one recurrence rule per kind of drill. */
public record ExerciseSchedule(OfficeId id, long version, List<ScheduleRule> rules)
        implements Versioned<OfficeId, ExerciseSchedule> {
    public ExerciseSchedule {
        Require.nonNull(id, "id");
        Require.that(version >= 0, "version", "must not be negative");
        rules = Require.noNulls(rules, "rules");
        Require.that(rules.stream().map(ScheduleRule::kind).distinct().count() == rules.size(), "rules",
                "must name each kind once");
    }

    /** The schedule of an office that has set none (version 0: not stored). */
    public static ExerciseSchedule empty(OfficeId office) {
        return new ExerciseSchedule(office, 0, List.of());
    }

    @Override
    public OfficeId office() {
        return id;
    }

    /** The rule of a kind, if it is scheduled. */
    public Optional<ScheduleRule> rule(ExerciseKind kind) {
        return rules.stream().filter(r -> r.kind() == kind).findFirst();
    }

    @Override
    public ExerciseSchedule withVersion(long newVersion) {
        return new ExerciseSchedule(id, newVersion, rules);
    }
}
