package io.vigil.awareness.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A security course of the office's catalogue (BSAFE, SSAFE, ...): who must hold it, how long a
 * completion stays valid (empty: for ever), the areas where it is required, and the history of its
 * validity. A completion keeps the validity in force when it was recorded, so correcting the
 * validity never expires anyone silently: the change is recorded with how many completions keep
 * the earlier one.
 */
public record Course(CourseId id, OfficeId office, long version, String code, String title, Requirement requirement,
                     Optional<Integer> validityMonths, List<DesignatedArea> areas, List<ValidityChange> history)
        implements Versioned<CourseId, Course> {
    /** The longest validity, in months (20 years). */
    public static final int MAX_VALIDITY_MONTHS = 240;
    /** The most designated areas of one course. */
    public static final int MAX_AREAS = 20;
    /** The most validity changes one course keeps. */
    public static final int MAX_HISTORY = 100;

    public Course {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        code = Require.text(code, "code", 20);
        title = Require.text(title, "title", 200);
        Require.nonNull(requirement, "requirement");
        Require.nonNull(validityMonths, "validityMonths");
        validityMonths.ifPresent(Course::checkMonths);
        areas = Require.noNulls(areas, "areas");
        Require.that(areas.size() <= MAX_AREAS, "areas", "must be at most " + MAX_AREAS);
        Require.that((requirement == Requirement.DESIGNATED_AREAS) == !areas.isEmpty(), "areas",
                "must be given for a course required in DESIGNATED_AREAS and only for one");
        Require.that(areas.stream().map(DesignatedArea::name).distinct().count() == areas.size(), "areas",
                "must have distinct names");
        history = Require.noNulls(history, "history");
        Require.that(history.size() <= MAX_HISTORY, "history", "must be at most " + MAX_HISTORY + " changes");
    }

    /** Throws naming {@code validityMonths} unless the months are between 1 and the maximum. */
    public static void checkMonths(int months) {
        Require.that(months >= 1 && months <= MAX_VALIDITY_MONTHS, "validityMonths",
                "must be between 1 and " + MAX_VALIDITY_MONTHS + ", was " + months);
    }

    /** Whether the course is required of anyone. */
    public boolean required() {
        return requirement != Requirement.OPTIONAL;
    }

    /**
     * The course with another validity, for completions recorded from {@code at} on, and the change
     * in its history; refused when the validity is the same or the history is full.
     */
    public Course withValidity(Optional<Integer> months, Instant at, String by, String reason, int completionsKept) {
        Require.that(history.size() < MAX_HISTORY, "validityMonths",
                "the course already records " + MAX_HISTORY + " validity changes");
        List<ValidityChange> changes = new ArrayList<>(history);
        changes.add(new ValidityChange(validityMonths, months, at, by, reason, completionsKept));
        return new Course(id, office, version, code, title, requirement, months, areas, changes);
    }

    @Override
    public Course withVersion(long newVersion) {
        return new Course(id, office, newVersion, code, title, requirement, validityMonths, areas, history);
    }
}
