package io.vigil.rest.awareness;

import io.vigil.awareness.domain.Briefing;
import io.vigil.awareness.domain.BriefingKind;
import io.vigil.kernel.PersonId;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.util.List;

/** A briefing or session as the API shows it, with the ids of its attendees. */
public record BriefingResource(String id, String office, long version, BriefingKind kind, Instant at, String place,
                               String presenter, List<String> topics, List<PersonId> attendees) implements Identified {

    public static BriefingResource from(Briefing b) {
        return new BriefingResource(b.id().toString(), b.office().value(), b.version(), b.kind(), b.at(), b.place(),
                b.presenter(), b.topics(), b.attendees());
    }
}
