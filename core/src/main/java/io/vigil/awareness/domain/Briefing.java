package io.vigil.awareness.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.List;

/** A briefing or session held by the office: when, where, by whom, on what, and who attended. */
public record Briefing(BriefingId id, OfficeId office, long version, BriefingKind kind, Instant at, String place,
                       String presenter, List<String> topics, List<PersonId> attendees)
        implements Versioned<BriefingId, Briefing> {
    /** The most topics of one briefing. */
    public static final int MAX_TOPICS = 30;
    /** The most attendees of one briefing. */
    public static final int MAX_ATTENDEES = 500;

    public Briefing {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(kind, "kind");
        Require.nonNull(at, "at");
        place = Require.text(place, "place", 200);
        presenter = Require.text(presenter, "presenter", 200);
        topics = Require.noNulls(topics, "topics").stream().map(t -> Require.text(t, "topics", 200)).toList();
        Require.that(topics.size() <= MAX_TOPICS, "topics", "must be at most " + MAX_TOPICS);
        attendees = Require.noNulls(attendees, "attendees");
        Require.that(attendees.size() <= MAX_ATTENDEES, "attendees", "must be at most " + MAX_ATTENDEES);
        Require.that(attendees.stream().distinct().count() == attendees.size(), "attendees",
                "must name each person once");
    }

    /** Whether the person attended. */
    public boolean attendedBy(PersonId person) {
        return attendees.contains(person);
    }

    @Override
    public Briefing withVersion(long newVersion) {
        return new Briefing(id, office, newVersion, kind, at, place, presenter, topics, attendees);
    }
}
