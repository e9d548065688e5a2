package io.vigil.awareness.port.in;

import io.vigil.awareness.domain.CourseId;
import io.vigil.awareness.domain.CourseStatus;
import io.vigil.awareness.domain.Requirement;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who is missing, or about to lose, each required course of the office at an instant. A course
 * required for all is required of every person but dependents; one required in designated areas,
 * of every person the locator places in one of its areas at the instant ({@code located} says
 * whether the actor's access let the report place persons; a unit's manager sees their unit
 * only, and no locations). Beside the courses, the procedures of the documents context: per
 * procedure with a current version and an audience, how many persons it applies to and how many
 * have not acknowledged that version, by unit and category.
 *
 * @param unit the organisation unit the report is narrowed to, for a unit's manager
 * @param acknowledgementsShown whether the actor's access let the report read acknowledgements
 *        (when not, {@code procedures} is empty)
 */
public record ComplianceReport(OfficeId office, Instant at, Optional<String> unit, boolean located,
                               List<CourseCompliance> courses, boolean acknowledgementsShown,
                               List<ProcedureCompliance> procedures) {
    public ComplianceReport {
        courses = List.copyOf(courses);
        procedures = List.copyOf(procedures);
    }

    /**
     * One procedure: its document, title and current version, how many persons of the report it
     * applies to, how many of them have not acknowledged the current version, and both by unit and
     * category.
     */
    public record ProcedureCompliance(String document, String title, int version, int appliesTo, int missing,
                                      List<ProcedureCount> groups) {
        public ProcedureCompliance {
            groups = List.copyOf(groups);
        }
    }

    /** The counts of one organisation unit and category for a procedure: applies to, not acknowledged. */
    public record ProcedureCount(String unit, String category, int appliesTo, int missing) {
    }

    /** One required course: how many must hold it, the gaps (worst first, then by name), and counts by unit and category. */
    public record CourseCompliance(CourseId course, String code, String title, Requirement requirement, int required,
                                   List<Gap> gaps, List<GroupCount> groups) {
        public CourseCompliance {
            gaps = List.copyOf(gaps);
            groups = List.copyOf(groups);
        }
    }

    /**
     * A person who must hold the course and is missing it, has let it expire or is about to.
     *
     * @param areas the designated areas the person is located in (empty for a course required for all)
     */
    public record Gap(PersonId person, String name, String unit, String category, CourseStatus status,
                      List<String> areas) {
        public Gap {
            areas = List.copyOf(areas);
        }
    }

    /** The counts of one organisation unit and category: required, missing, expired, expiring. */
    public record GroupCount(String unit, String category, int required, int missing, int expired, int expiring) {
    }
}
