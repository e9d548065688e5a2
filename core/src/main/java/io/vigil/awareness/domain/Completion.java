package io.vigil.awareness.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A person's completion of a course, with the course's validity in force when it was recorded
 * (empty: no expiry) and the expiry that follows from it ({@code completedAt} plus that many
 * calendar months, in UTC).
 */
public record Completion(CompletionId id, OfficeId office, long version, PersonId person, CourseId course,
                         Instant completedAt, Optional<Integer> validityMonths, Optional<Instant> validUntil,
                         Optional<String> certificate, String recordedBy, Instant recordedAt)
        implements Versioned<CompletionId, Completion> {

    public Completion {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(person, "person");
        Require.nonNull(course, "course");
        Require.nonNull(completedAt, "completedAt");
        Require.nonNull(validityMonths, "validityMonths");
        validityMonths.ifPresent(Course::checkMonths);
        Require.nonNull(validUntil, "validUntil");
        Require.that(validUntil.equals(expiry(completedAt, validityMonths)), "validUntil",
                "must be completedAt plus the validity in months");
        certificate = Require.nonNull(certificate, "certificate").map(String::strip).filter(s -> !s.isEmpty());
        Require.that(certificate.map(String::length).orElse(0) <= 200, "certificate",
                "must be at most 200 characters");
        recordedBy = Require.text(recordedBy, "recordedBy", 200);
        Require.nonNull(recordedAt, "recordedAt");
        Require.that(!completedAt.isAfter(recordedAt), "completedAt", "must not be in the future");
    }

    /** A completion under the given validity, its expiry computed. */
    public static Completion of(CompletionId id, OfficeId office, PersonId person, CourseId course,
                                Instant completedAt, Optional<Integer> validityMonths, Optional<String> certificate,
                                String recordedBy, Instant recordedAt) {
        return new Completion(id, office, 0, person, course, completedAt, validityMonths,
                expiry(completedAt, validityMonths), certificate, recordedBy, recordedAt);
    }

    /** When a completion at {@code completedAt} lapses under a validity of so many months; empty for none. */
    public static Optional<Instant> expiry(Instant completedAt, Optional<Integer> validityMonths) {
        return validityMonths.map(m -> completedAt.atZone(ZoneOffset.UTC).plusMonths(m).toInstant());
    }

    /** Whether it is still valid at {@code at}: completed by then, and not lapsed. */
    public boolean validAt(Instant at) {
        return !completedAt.isAfter(at) && validUntil.map(at::isBefore).orElse(true);
    }

    @Override
    public Completion withVersion(long newVersion) {
        return new Completion(id, office, newVersion, person, course, completedAt, validityMonths, validUntil,
                certificate, recordedBy, recordedAt);
    }
}
