package io.vigil.risk.event;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.event.DomainEvent;
import java.time.Instant;

/** What the risk context publishes for other contexts (the travel clearances re-decide on them). */
public sealed interface RiskEvent extends DomainEvent {

    /** An assessment was approved or superseded: what covers a place changed. */
    record AssessmentChanged(OfficeId office, Instant occurredAt, String assessment, String status)
            implements RiskEvent {
        public AssessmentChanged {
            Require.nonNull(office, "office");
            Require.nonNull(occurredAt, "occurredAt");
        }
    }

    /** A restricted area was drawn, changed or removed. */
    record RestrictedAreaChanged(OfficeId office, Instant occurredAt, String area) implements RiskEvent {
        public RestrictedAreaChanged {
            Require.nonNull(office, "office");
            Require.nonNull(occurredAt, "occurredAt");
        }
    }
}
