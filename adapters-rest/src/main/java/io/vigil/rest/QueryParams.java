package io.vigil.rest;

import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Reads several query parameters and reports every bad one in one 400, not only the first. */
public final class QueryParams {
    private final List<FieldViolation> bad = new ArrayList<>();

    /** The parameter as {@code parse} reads it; a bad one is remembered and read as absent. */
    public <T> Optional<T> read(Supplier<Optional<T>> parse) {
        try {
            return parse.get();
        } catch (InvalidCommandException e) {
            bad.addAll(e.violations());
            return Optional.empty();
        }
    }

    /** Records a violation found otherwise (a required parameter missing). */
    public void reject(String field, String message) {
        bad.add(new FieldViolation(field, message));
    }

    /** Whether every parameter read so far was good. */
    public boolean ok() {
        return bad.isEmpty();
    }

    /** Throws the violations found, if any. */
    public void check() {
        if (!bad.isEmpty()) {
            throw new InvalidCommandException(List.copyOf(bad));
        }
    }
}
