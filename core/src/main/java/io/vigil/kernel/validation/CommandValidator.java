package io.vigil.kernel.validation;

import io.vigil.kernel.InvalidValueException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Checks commands against their Bean Validation constraints at the inbound edge of the core. */
public final class CommandValidator {
    private final Validator validator;

    @Inject
    public CommandValidator(Validator validator) {
        this.validator = validator;
    }

    /** A validator on the default Bean Validation provider found on the class path. */
    public static CommandValidator standard() {
        return new CommandValidator(Validation.buildDefaultValidatorFactory().getValidator());
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
     * Builds a domain value from a valid command, turning the domain's own invariant failures into
     * a field violation: on the field the domain names ({@link InvalidValueException}), otherwise
     * on {@code field}. A {@link NullPointerException} is a programming error and passes through.
     */
    public static <T> T build(String field, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (InvalidValueException e) {
            throw InvalidCommandException.of(e.field(), e.reason());
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null || e.getMessage().isBlank() ? "is invalid" : e.getMessage();
            throw InvalidCommandException.of(field, message);
        }
    }
}
