package io.vigil.kernel.validation;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks commands against their Bean Validation constraints at the inbound edge of the core. */
public final class CommandValidator {
    /** A message that starts with the field it is about: "sponsor must be given ...". */
    private static final Pattern FIELD_FIRST = Pattern.compile(
            "([a-z][A-Za-z0-9]*(?:\\.[a-z][A-Za-z0-9]*)*) ((?:must|is|are) .*)", Pattern.DOTALL);
    private final Validator validator;

    @Inject
    public CommandValidator(Validator validator) {
        this.validator = validator;
    }

    /** Returns the command if it is valid; otherwise throws with every violation. */
    public <T> T validate(T command) {
        if (command == null) {
            throw InvalidCommandException.of("body", "must not be null");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<FieldViolation> list = violations.stream()
                    .map(v -> new FieldViolation(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message))
                    .toList();
            throw new InvalidCommandException(list);
        }
        return command;
    }

    /**
     * Builds a domain value from a valid command, turning the domain's own invariant failures
     * into a field violation. The domain names the field first in its messages ("sponsor must
     * be given ..."), so that field is reported; otherwise {@code field} is.
     */
    public static <T> T build(String field, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            String message = e.getMessage() == null ? "is invalid" : e.getMessage();
            Matcher named = FIELD_FIRST.matcher(message);
            if (named.matches()) {
                throw InvalidCommandException.of(named.group(1), named.group(2));
            }
            throw InvalidCommandException.of(field, message);
        }
    }
}
