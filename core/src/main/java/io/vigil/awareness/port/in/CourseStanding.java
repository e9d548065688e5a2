package io.vigil.awareness.port.in;

import io.vigil.awareness.domain.CourseStatus;
import io.vigil.awareness.domain.Requirement;
import io.vigil.kernel.Require;

/** One course of a person's training record: the course as named in the catalogue, and the person's status. */
public record CourseStanding(String code, String title, Requirement requirement, CourseStatus status) {
    public CourseStanding {
        Require.nonNull(code, "code");
        Require.nonNull(title, "title");
        Require.nonNull(requirement, "requirement");
        Require.nonNull(status, "status");
    }
}
