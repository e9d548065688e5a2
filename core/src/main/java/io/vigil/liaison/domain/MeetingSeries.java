package io.vigil.liaison.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.util.Comparator;

/** A series of meetings (the security cell, the SMT, a coordination meeting, a working group) and its purpose. */
public record MeetingSeries(MeetingSeriesId id, OfficeId office, long version, String name, SeriesKind kind,
                            String purpose) implements Versioned<MeetingSeriesId, MeetingSeries> {
    /** The order of every list: by name, ties by id. */
    public static final Comparator<MeetingSeries> BY_NAME = Comparator.comparing(MeetingSeries::name)
            .thenComparing(s -> s.id().toString());

    public MeetingSeries {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        name = Require.text(name, "name", 200);
        Require.nonNull(kind, "kind");
        purpose = Require.nonNull(purpose, "purpose").strip();
        Require.that(purpose.length() <= 2000, "purpose", "must be at most 2000 characters");
    }

    @Override
    public MeetingSeries withVersion(long newVersion) {
        return new MeetingSeries(id, office, newVersion, name, kind, purpose);
    }
}
