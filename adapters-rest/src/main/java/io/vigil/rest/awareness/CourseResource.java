package io.vigil.rest.awareness;

import io.vigil.awareness.domain.Course;
import io.vigil.awareness.domain.DesignatedArea;
import io.vigil.awareness.domain.Requirement;
import io.vigil.awareness.domain.ValidityChange;
import io.vigil.rest.resource.Identified;
import java.util.List;
import java.util.Optional;

/** A course of the catalogue as the API shows it; {@code validityMonths} empty means no expiry. */
public record CourseResource(String id, String office, long version, String code, String title,
                             Requirement requirement, Optional<Integer> validityMonths, List<DesignatedArea> areas,
                             List<ValidityChange> history) implements Identified {

    public static CourseResource from(Course c) {
        return new CourseResource(c.id().toString(), c.office().value(), c.version(), c.code(), c.title(),
                c.requirement(), c.validityMonths(), c.areas(), c.history());
    }
}
