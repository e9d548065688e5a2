package io.vigil.kernel.event;

import io.vigil.kernel.OfficeId;
import java.time.Instant;

/** Something that happened in a bounded context that other contexts may react to. */
public interface DomainEvent {
    /** The office it happened in. */
    OfficeId office();

    /** When it happened, from the injected clock. */
    Instant occurredAt();
}
