package io.vigil.kernel.validation;

import io.vigil.kernel.Require;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One reason a command was refused, naming the field (a property path such as {@code contacts[0].value}). */
public record FieldViolation(String field, String message) {
    /** A message that starts with the field it is about: "sponsor must be given ...". */
    private static final Pattern FIELD_FIRST = Pattern.compile(
            "([a-z][A-Za-z0-9]*(?:\\.[a-z][A-Za-z0-9]*)*) ((?:must|is|are) .*)", Pattern.DOTALL);

    public FieldViolation {
        Require.nonNull(field, "field");
        Require.text(message, "message");
    }

    /**
     * The violation a domain refusal describes. The domain names the field first in its
     * messages ("sponsor must be given for a DEPENDENT"), so that field is reported; a message
     * that names none is reported on {@code fallback}.
     */
    public static FieldViolation fromMessage(String fallback, String message) {
        String text = message == null || message.isBlank() ? "is invalid" : message;
        Matcher named = FIELD_FIRST.matcher(text);
        return named.matches() ? new FieldViolation(named.group(1), named.group(2))
                : new FieldViolation(fallback, text);
    }
}
