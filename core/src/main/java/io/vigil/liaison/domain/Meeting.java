package io.vigil.liaison.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/**
 * One meeting of a series: when it was held, who attended (personnel and external contacts, at most
 * {@value #MAX_ATTENDEES} each), its agenda and decisions (at most {@value #MAX_POINTS} points each),
 * its minutes (at most {@value #MAX_MINUTES} characters) and the open action items of the previous
 * meeting of its series it opened with, in that meeting's order ({@code carriedOver}, fixed when the
 * meeting is recorded).
 */
public record Meeting(MeetingId id, OfficeId office, long version, MeetingSeriesId series, Instant heldAt,
                      List<PersonId> attendees, List<LiaisonContactId> externalAttendees, List<String> agenda,
                      String minutes, List<String> decisions, List<ActionItemId> carriedOver, Instant recordedAt)
        implements Versioned<MeetingId, Meeting> {
    /** The most attendees of each kind. */
    public static final int MAX_ATTENDEES = 100;
    /** The most agenda points, and the most decisions. */
    public static final int MAX_POINTS = 50;
    /** The longest minutes. */
    public static final int MAX_MINUTES = 20_000;
    /** The most items a meeting carries over. */
    public static final int MAX_CARRIED = ActionItem.MAX_PER_MEETING;
    /** The order of every list: latest held first, ties by id. */
    public static final Comparator<Meeting> LATEST_FIRST = Comparator.comparing(Meeting::heldAt).reversed()
            .thenComparing(m -> m.id().toString());

    public Meeting {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(series, "series");
        Require.nonNull(heldAt, "heldAt");
        attendees = distinct(Require.noNulls(attendees, "attendees"), "attendees");
        externalAttendees = distinct(Require.noNulls(externalAttendees, "externalAttendees"), "externalAttendees");
        Require.that(attendees.size() <= MAX_ATTENDEES, "attendees", "must be at most " + MAX_ATTENDEES);
        Require.that(externalAttendees.size() <= MAX_ATTENDEES, "externalAttendees",
                "must be at most " + MAX_ATTENDEES);
        agenda = points(agenda, "agenda", 300);
        minutes = Require.nonNull(minutes, "minutes").strip();
        Require.that(minutes.length() <= MAX_MINUTES, "minutes", "must be at most " + MAX_MINUTES + " characters");
        decisions = points(decisions, "decisions", 1000);
        carriedOver = distinct(Require.noNulls(carriedOver, "carriedOver"), "carriedOver");
        Require.that(carriedOver.size() <= MAX_CARRIED, "carriedOver", "must be at most " + MAX_CARRIED);
        Require.nonNull(recordedAt, "recordedAt");
    }

    private static <T> List<T> distinct(List<T> values, String field) {
        Require.that(new HashSet<>(values).size() == values.size(), field, "must not name anyone or anything twice");
        return values;
    }

    private static List<String> points(List<String> values, String field, int max) {
        List<String> points = Require.noNulls(values, field).stream().map(p -> Require.text(p, field, max)).toList();
        Require.that(points.size() <= MAX_POINTS, field, "must be at most " + MAX_POINTS + " points");
        return points;
    }

    @Override
    public Meeting withVersion(long newVersion) {
        return new Meeting(id, office, newVersion, series, heldAt, attendees, externalAttendees, agenda, minutes,
                decisions, carriedOver, recordedAt);
    }
}
