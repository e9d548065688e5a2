package io.vigil.crisis.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.time.LocalDate;
import java.util.Optional;

/** A follow-up action of a drill: what, who owns it, by when, and when it was done. */
public record ExerciseAction(int number, String description, PersonId owner, LocalDate due, Optional<LocalDate> done) {
    public ExerciseAction {
        Require.that(number >= 1, "number", "must be at least 1");
        description = Require.text(description, "description", 500);
        Require.nonNull(owner, "owner");
        Require.nonNull(due, "due");
        Require.nonNull(done, "done");
    }

    /** Whether the action is still open after its due day. */
    public boolean overdue(LocalDate today) {
        return done.isEmpty() && today.isAfter(due);
    }
}
