package io.vigil.liaison.port.in;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.liaison.domain.Meeting;
import io.vigil.liaison.domain.MeetingId;
import io.vigil.liaison.domain.MeetingSeriesId;
import java.util.List;

/**
 * The meetings of the office's series (at most {@value #MAX_MEETINGS} per office), latest first, the
 * security roles'. A new meeting opens with the items of the previous meeting of its series (the
 * latest held before it) that are still open, in that meeting's order; this is fixed when the meeting
 * is recorded. Attendees must be persons of the office and contacts of the office; a meeting keeps
 * its series; a meeting that raised action items is not removed.
 */
public interface MeetingsUseCase extends RecordsUseCase<MeetingId, MeetingDetails, Meeting> {
    /** The most meetings an office keeps. */
    int MAX_MEETINGS = 5000;

    /** The meeting with its action items in order (carried over first). */
    MeetingAgenda agenda(Actor actor, MeetingId id);

    /** The meetings of one series, latest first. */
    List<Meeting> ofSeries(Actor actor, MeetingSeriesId series);
}
