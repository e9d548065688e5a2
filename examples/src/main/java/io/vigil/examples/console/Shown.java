package io.vigil.examples.console;

import io.vigil.kernel.access.AccessDeniedException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A part of a page the viewer may or may not see: its value, or why it is not shown (the access
 * policy refused the read, which is audited as such).
 *
 * @param <T> what the part shows
 */
public record Shown<T>(Optional<T> value, String withheld) {
    /** The end of the message of a part not shown, after the part's name ({@link ConsoleLabels#withheld} reads it). */
    static final String NOT_SHOWN = ": not shown to your role";

    /** The value {@code read} gives, or "not shown" when the viewer's role may not read it. */
    static <T> Shown<T> of(String what, Supplier<T> read) {
        try {
            return new Shown<>(Optional.of(read.get()), "");
        } catch (AccessDeniedException e) {
            return new Shown<>(Optional.empty(), what + NOT_SHOWN);
        }
    }
}
