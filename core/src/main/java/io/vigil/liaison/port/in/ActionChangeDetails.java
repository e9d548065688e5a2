package io.vigil.liaison.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.liaison.domain.ActionStatus;
import java.time.LocalDate;

/** A change of an action item: a new owner, due date and/or status (null: unchanged; at least one given). */
public record ActionChangeDetails(PersonId owner, LocalDate due, ActionStatus status) {
}
