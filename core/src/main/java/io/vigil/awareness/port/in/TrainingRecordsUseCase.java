package io.vigil.awareness.port.in;

import io.vigil.awareness.domain.ArrivalBriefing;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import java.time.Instant;
import java.util.List;

/**
 * Training records and what they add up to: a person's record, the office's compliance report and
 * the on-arrival briefings still needed. A person's record is personal: the person reads their own,
 * security staff read every one, and a manager reads those of the persons of their own unit.
 */
public interface TrainingRecordsUseCase {
    /** One person's training record at the instant. */
    PersonTraining record(Actor actor, PersonId person, Instant at);

    /** The compliance report at the instant: the office's, or a unit's for its manager. */
    ComplianceReport compliance(Actor actor, Instant at);

    /** The on-arrival briefings persons present at the instant still need, overdue first. */
    List<ArrivalBriefing> arrivalBriefings(Actor actor, Instant at);
}
