package io.vigil.travel.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.Locale;

/**
 * A recorded waiver of a course for one traveller: who approved it, why, until when. A trip whose
 * traveller lacks the course but holds a waiver valid through the last arrival needs approval
 * instead of being denied.
 */
public record Waiver(WaiverId id, OfficeId office, long version, PersonId traveller, String course, String approver,
                     String reason, Instant validUntil, Instant recordedAt, String recordedBy)
        implements Versioned<WaiverId, Waiver> {

    public Waiver {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(traveller, "traveller");
        course = Require.text(course, "course", 20).toUpperCase(Locale.ROOT);
        approver = Require.text(approver, "approver", 200);
        reason = Require.text(reason, "reason", 2000);
        Require.nonNull(validUntil, "validUntil");
        Require.nonNull(recordedAt, "recordedAt");
        Require.that(validUntil.isAfter(recordedAt), "validUntil", "must be after the waiver is recorded");
        recordedBy = Require.text(recordedBy, "recordedBy", 200);
    }

    /** Whether it waives the course for the traveller through the instant. */
    public boolean covers(PersonId person, String courseCode, Instant through) {
        return traveller.equals(person) && course.equalsIgnoreCase(courseCode) && !validUntil.isBefore(through);
    }

    @Override
    public Waiver withVersion(long newVersion) {
        return new Waiver(id, office, newVersion, traveller, course, approver, reason, validUntil, recordedAt,
                recordedBy);
    }
}
