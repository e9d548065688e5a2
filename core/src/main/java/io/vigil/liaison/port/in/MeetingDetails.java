package io.vigil.liaison.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.liaison.domain.LiaisonContactId;
import io.vigil.liaison.domain.Meeting;
import io.vigil.liaison.domain.MeetingSeriesId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * What a caller says about a meeting: its series, when it was held, the personnel (persons of the
 * office) and external contacts (contacts of the office) who attended, its agenda, minutes and
 * decisions. Null lists and minutes are empty.
 */
public record MeetingDetails(@NotNull MeetingSeriesId series, @NotNull Instant heldAt,
                             @Size(max = Meeting.MAX_ATTENDEES) List<PersonId> attendees,
                             @Size(max = Meeting.MAX_ATTENDEES) List<LiaisonContactId> externalAttendees,
                             @Size(max = Meeting.MAX_POINTS) List<String> agenda,
                             @Size(max = Meeting.MAX_MINUTES) String minutes,
                             @Size(max = Meeting.MAX_POINTS) List<String> decisions) {
}
