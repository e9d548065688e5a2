package io.vigil.awareness.event;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.event.DomainEvent;
import java.time.Instant;

/** A person's training record changed: a completion was recorded, corrected or removed. */
public record TrainingChanged(OfficeId office, Instant occurredAt, PersonId person) implements DomainEvent {
    public TrainingChanged {
        Require.nonNull(office, "office");
        Require.nonNull(occurredAt, "occurredAt");
        Require.nonNull(person, "person");
    }
}
