package io.vigil.liaison.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** An action item's owner, due date and status at one instant. */
public record ActionState(PersonId owner, LocalDate due, ActionStatus status) {
    public ActionState {
        Require.nonNull(owner, "owner");
        Require.nonNull(due, "due");
        Require.nonNull(status, "status");
    }

    /** Whether it is still to be done and its due date (a day of the office's {@code zone}) has passed at {@code at}. */
    public boolean overdue(Instant at, ZoneId zone) {
        return status.open() && due.isBefore(LocalDate.ofInstant(at, zone));
    }
}
