package io.vigil.rest.liaison;

import io.vigil.liaison.port.in.MeetingAgenda;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** A meeting with its action items: those carried over from the previous meeting first, then those raised at it. */
public record MeetingAgendaResource(MeetingResource meeting, List<ActionItemResource> carriedOver,
                                    List<ActionItemResource> raised) {

    /** The agenda as shown at {@code now}, due days being days of the office's {@code zone}. */
    public static MeetingAgendaResource from(MeetingAgenda a, Instant now, ZoneId zone) {
        return new MeetingAgendaResource(MeetingResource.from(a.meeting()),
                a.carriedOver().stream().map(i -> ActionItemResource.from(i, now, zone)).toList(),
                a.raised().stream().map(i -> ActionItemResource.from(i, now, zone)).toList());
    }
}
