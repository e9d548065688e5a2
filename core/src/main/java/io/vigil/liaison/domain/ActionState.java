package io.vigil.liaison.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** An action item's owner, due date and status at one instant. */
public record ActionState(PersonId owner, LocalDate due, ActionStatus status) {
    public ActionState {
        Require.nonNull(owner, "owner");
        Require.nonNull(due, "due");
        Require.nonNull(status, "status");
    }

    /** Whether it is still to be done and its due date (a UTC day) has passed at {@code at}. */
    public boolean overdue(Instant at) {
        return status.open() && due.isBefore(LocalDate.ofInstant(at, ZoneOffset.UTC));
    }
}
