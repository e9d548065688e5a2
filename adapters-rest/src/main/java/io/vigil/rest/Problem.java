package io.vigil.rest;

import io.vigil.kernel.validation.FieldViolation;
import java.util.List;

/** An RFC 9457 problem detail, with the violated fields for validation problems. */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldViolation> errors) {
    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
