package io.vigil.rest.awareness;

import io.vigil.awareness.domain.Completion;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.util.Optional;

/**
 * A completion as the API shows it: the validity in force when it was recorded, the expiry that
 * follows (empty: none), and whether it is valid at the time of the request.
 */
public record CompletionResource(String id, String office, long version, String person, String course,
                                 Instant completedAt, Optional<Integer> validityMonths, Optional<Instant> validUntil,
                                 Optional<String> certificate, String recordedBy, Instant recordedAt, boolean validNow)
        implements Identified {

    public static CompletionResource from(Completion c, Instant now) {
        return new CompletionResource(c.id().toString(), c.office().value(), c.version(), c.person().toString(),
                c.course().toString(), c.completedAt(), c.validityMonths(), c.validUntil(), c.certificate(),
                c.recordedBy(), c.recordedAt(), c.validAt(now));
    }
}
