package io.vigil.awareness.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A person's completion of a course, with the course's validity in force when it was recorded
 * (empty: no expiry) and the expiry that follows from it.
 *
 * <p>The expiry is counted on the office's local calendar: {@code completedAt} read as a local date
 * and time in the office's zone, plus that many calendar months (the day of the month kept, or the
 * month's last day when it has fewer days), read back as an instant in that zone. A local time that
 * does not exist that day (a daylight-saving gap) moves later by the gap's length; one that exists
 * twice keeps the offset of the completion when it is one of the two, else the earlier one (as
 * {@link java.time.ZonedDateTime#plusMonths} does). The expiry is stored with the completion and
 * never recomputed on read, so a later change of the office's zone moves no stored expiry.
 *
 * <p>Completions recorded before the expiry followed the office's calendar have it counted in UTC,
 * which can differ by a day near a month's end. Both stay readable: the record does not know its
 * zone, so it checks what holds for every zone, that {@code validUntil} is given exactly when
 * {@code validityMonths} is and lies within the expiries month arithmetic gives at the offsets
 * −18:00 to +18:00 (see {@link #withinAnyZone}).
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
        Require.that(validUntil.isPresent() == validityMonths.isPresent(), "validUntil",
                "must be given exactly when validityMonths is");
        Require.that(validUntil.map(u -> withinAnyZone(completedAt, validityMonths.orElseThrow(), u)).orElse(true),
                "validUntil", "must be completedAt plus the validity in months on the calendar of a time zone");
        certificate = Require.nonNull(certificate, "certificate").map(String::strip).filter(s -> !s.isEmpty());
        Require.that(certificate.map(String::length).orElse(0) <= 200, "certificate",
                "must be at most 200 characters");
        recordedBy = Require.text(recordedBy, "recordedBy", 200);
        Require.nonNull(recordedAt, "recordedAt");
        Require.that(!completedAt.isAfter(recordedAt), "completedAt", "must not be in the future");
    }

    /** A completion under the given validity, its expiry computed on the calendar of the office's {@code zone}. */
    public static Completion of(CompletionId id, OfficeId office, PersonId person, CourseId course,
                                Instant completedAt, Optional<Integer> validityMonths, ZoneId zone,
                                Optional<String> certificate, String recordedBy, Instant recordedAt) {
        return new Completion(id, office, 0, person, course, completedAt, validityMonths,
                expiry(completedAt, validityMonths, zone), certificate, recordedBy, recordedAt);
    }

    /**
     * When a completion at {@code completedAt} lapses under a validity of so many months counted on the
     * local calendar of {@code zone} ({@link ZoneOffset#UTC} gives the rule of the completions recorded
     * before); empty for none.
     */
    public static Optional<Instant> expiry(Instant completedAt, Optional<Integer> validityMonths, ZoneId zone) {
        Require.nonNull(zone, "zone");
        return validityMonths.map(m -> completedAt.atZone(zone).plusMonths(m).toInstant());
    }

    /**
     * Whether {@code until} is an expiry that {@code months} months after {@code completedAt} can be in
     * some zone. The local date of the completion lies between its date at the offset −18:00 and at
     * +18:00; month arithmetic keeps the order of dates (not of times of day, the day of the month being
     * cut to the month's length), so the local expiry falls on a date between those two dates plus the
     * months, at any time of that day; read back at an offset in the same range (a gap's shift is read
     * at the offset before it), it lies from the start of the earliest date at +18:00 to the end of the
     * latest date at −18:00.
     */
    static boolean withinAnyZone(Instant completedAt, int months, Instant until) {
        Instant earliest = LocalDate.ofInstant(completedAt, ZoneOffset.MIN).plusMonths(months).atStartOfDay()
                .toInstant(ZoneOffset.MAX);
        Instant latest = LocalDate.ofInstant(completedAt, ZoneOffset.MAX).plusMonths(months).plusDays(1)
                .atStartOfDay().toInstant(ZoneOffset.MIN);
        return !until.isBefore(earliest) && !until.isAfter(latest);
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
