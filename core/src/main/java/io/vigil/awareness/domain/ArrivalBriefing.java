package io.vigil.awareness.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.time.Instant;

/** An on-arrival briefing a person present in the country still needs: due by {@code due}, overdue after it. */
public record ArrivalBriefing(PersonId person, Instant arrival, Instant due, boolean overdue) {
    public ArrivalBriefing {
        Require.nonNull(person, "person");
        Require.nonNull(arrival, "arrival");
        Require.nonNull(due, "due");
    }
}
