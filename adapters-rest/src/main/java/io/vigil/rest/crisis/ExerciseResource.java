package io.vigil.rest.crisis;

import io.vigil.crisis.domain.AfterActionReport;
import io.vigil.crisis.domain.AlertingRun;
import io.vigil.crisis.domain.Exercise;
import io.vigil.crisis.domain.ExerciseKind;
import io.vigil.crisis.domain.ExerciseAction;
import io.vigil.kernel.PersonId;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A drill or exercise as the API shows it: each time measured with its target and whether it was met. */
public record ExerciseResource(String id, String office, long version, ExerciseKind kind, String title,
                               Instant heldAt, List<PersonId> participants, List<Timed> measurements,
                               List<String> findings, List<ExerciseAction> actions, Optional<AlertingRun> alerting)
        implements Identified {

    /** A time measured, in seconds and in words, against its target. */
    public record Timed(String name, int measuredSeconds, int targetSeconds, String measured, String target,
                        boolean met) {
    }

    /** The drill's resource. */
    public static ExerciseResource from(Exercise e) {
        return new ExerciseResource(e.id().toString(), e.office().value(), e.version(), e.kind(), e.title(),
                e.heldAt(), e.participants(), e.measurements().stream().map(m -> new Timed(m.name(),
                m.measuredSeconds(), m.targetSeconds(), AfterActionReport.duration(m.measuredSeconds()),
                AfterActionReport.duration(m.targetSeconds()), m.met())).toList(), e.findings(), e.actions(),
                e.alerting());
    }
}
