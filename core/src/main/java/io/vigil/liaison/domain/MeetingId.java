package io.vigil.liaison.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies one meeting of a series. */
public record MeetingId(UUID value) {
    public MeetingId {
        Require.nonNull(value, "meetingId");
    }

    /** A new random id. */
    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static MeetingId of(String text) {
        return new MeetingId(Ids.parse(text, "meetingId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
