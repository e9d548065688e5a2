package io.vigil.liaison.port.in;

import io.vigil.kernel.Require;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.Meeting;
import java.util.List;

/**
 * A meeting with its action items in order: first the open items of the previous meeting it opened
 * with (in that meeting's order, as they stand now), then those raised at it, by opening.
 */
public record MeetingAgenda(Meeting meeting, List<ActionItem> carriedOver, List<ActionItem> raised) {
    public MeetingAgenda {
        Require.nonNull(meeting, "meeting");
        carriedOver = Require.noNulls(carriedOver, "carriedOver");
        raised = Require.noNulls(raised, "raised");
    }
}
