package io.vigil.guard.application;

import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.validation.CommandValidator;
import java.util.function.Supplier;

/** Builds nested domain values of a command, naming a failing field under its place in the command ("posts[1].code"). */
final class Fields {
    private Fields() {
    }

    static <T> T build(String prefix, Supplier<T> builder) {
        return CommandValidator.build(prefix, () -> {
            try {
                return builder.get();
            } catch (InvalidValueException e) {
                String field = e.field().contains(".") ? e.field().substring(e.field().lastIndexOf('.') + 1) : e.field();
                throw new InvalidValueException(prefix + "." + field, e.reason());
            }
        });
    }
}
