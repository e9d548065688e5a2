package io.vigil.rest.liaison;

import io.vigil.liaison.domain.MeetingSeries;
import io.vigil.liaison.domain.SeriesKind;
import io.vigil.rest.resource.Identified;

/** A series of meetings, as the API shows it. */
public record MeetingSeriesResource(String id, String office, long version, String name, SeriesKind kind,
                                    String purpose) implements Identified {

    /** The series as shown. */
    public static MeetingSeriesResource from(MeetingSeries s) {
        return new MeetingSeriesResource(s.id().toString(), s.office().value(), s.version(), s.name(), s.kind(),
                s.purpose());
    }
}
