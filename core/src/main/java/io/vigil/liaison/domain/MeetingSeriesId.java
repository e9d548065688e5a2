package io.vigil.liaison.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a series of meetings (the security cell, the SMT, a working group). */
public record MeetingSeriesId(UUID value) {
    public MeetingSeriesId {
        Require.nonNull(value, "meetingSeriesId");
    }

    /** A new random id. */
    public static MeetingSeriesId random() {
        return new MeetingSeriesId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static MeetingSeriesId of(String text) {
        return new MeetingSeriesId(Ids.parse(text, "meetingSeriesId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
