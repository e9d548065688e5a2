package io.vigil.movement.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One item of a visit's programme: what, where (in words), at which of the risk context's assessed
 * venues (by the venue assessment's id), and its time window.
 */
public record ProgrammeItem(String title, String place, Optional<UUID> venue, Instant from, Instant to) {
    public ProgrammeItem {
        title = Require.text(title, "title", 200);
        place = Require.text(place, "place", 300);
        Require.nonNull(venue, "venue");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.that(to.isAfter(from), "to", "must be after from");
    }
}
