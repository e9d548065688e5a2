package io.vigil.kernel.validation;

import io.vigil.kernel.VigilException;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a command breaks its constraints; lists every violation, each naming its field. */
public final class InvalidCommandException extends VigilException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldViolation> violations;

    public InvalidCommandException(List<FieldViolation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /** A single violation. */
    public static InvalidCommandException of(String field, String message) {
        return new InvalidCommandException(List.of(new FieldViolation(field, message)));
    }

    /** The violations, sorted by field. */
    public List<FieldViolation> violations() {
        return violations;
    }
}
