package io.vigil.rest.liaison;

import io.vigil.kernel.PersonId;
import io.vigil.liaison.domain.LiaisonContactId;
import io.vigil.liaison.domain.Meeting;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.util.List;

/** A meeting, as the API shows it: the items it opened with are named in {@code carriedOver}, in order. */
public record MeetingResource(String id, String office, long version, String series, Instant heldAt,
                              List<PersonId> attendees, List<LiaisonContactId> externalAttendees, List<String> agenda,
                              String minutes, List<String> decisions, List<String> carriedOver, Instant recordedAt)
        implements Identified {

    /** The meeting as shown. */
    public static MeetingResource from(Meeting m) {
        return new MeetingResource(m.id().toString(), m.office().value(), m.version(), m.series().toString(),
                m.heldAt(), m.attendees(), m.externalAttendees(), m.agenda(), m.minutes(), m.decisions(),
                m.carriedOver().stream().map(Object::toString).toList(), m.recordedAt());
    }
}
