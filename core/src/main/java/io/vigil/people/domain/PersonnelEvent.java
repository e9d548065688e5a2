package io.vigil.people.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.event.DomainEvent;
import java.time.Instant;

/** Events of the personnel context. */
public sealed interface PersonnelEvent extends DomainEvent {

    /** A person was registered or their details changed. */
    record PersonChanged(OfficeId office, Instant occurredAt, PersonId person) implements PersonnelEvent {
    }

    /** A person was removed. */
    record PersonRemoved(OfficeId office, Instant occurredAt, PersonId person) implements PersonnelEvent {
    }

    /** A residence was created, changed or removed (the warden system re-assigns zones on it). */
    record ResidenceChanged(OfficeId office, Instant occurredAt, ResidenceId residence) implements PersonnelEvent {
    }
}
