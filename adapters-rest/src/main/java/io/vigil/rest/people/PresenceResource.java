package io.vigil.rest.people;

import io.vigil.people.domain.Presence;
import io.vigil.rest.resource.Identified;
import java.time.Instant;

/** A stay in the country as the API shows it; {@code departure} is null while the person is here. */
public record PresenceResource(String id, String office, long version, String person, Instant arrival,
                               Instant departure) implements Identified {

    public static PresenceResource from(Presence p) {
        return new PresenceResource(p.id().toString(), p.office().value(), p.version(), p.person().toString(),
                p.arrival(), p.departure().orElse(null));
    }
}
