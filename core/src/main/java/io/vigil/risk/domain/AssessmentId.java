package io.vigil.risk.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a security risk assessment. */
public record AssessmentId(UUID value) {
    public AssessmentId {
        Require.nonNull(value, "assessmentId");
    }

    /** A new random id. */
    public static AssessmentId random() {
        return new AssessmentId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static AssessmentId of(String text) {
        return new AssessmentId(Ids.parse(text, "assessmentId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
