package io.vigil.kernel.validation;

import io.vigil.kernel.Require;

/** One reason a command was refused, naming the field (a property path such as {@code contacts[0].value}). */
public record FieldViolation(String field, String message) {
    public FieldViolation {
        Require.nonNull(field, "field");
        Require.text(message, "message");
    }
}
