package io.vigil.awareness.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a course of the catalogue of the awareness context. */
public record CourseId(UUID value) {
    public CourseId {
        Require.nonNull(value, "courseId");
    }

    /** A new random id. */
    public static CourseId random() {
        return new CourseId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static CourseId of(String text) {
        return new CourseId(Ids.parse(text, "courseId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
