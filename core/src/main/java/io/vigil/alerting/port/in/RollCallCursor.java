package io.vigil.alerting.port.in;

import io.vigil.kernel.Require;
import io.vigil.kernel.validation.InvalidCommandException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.OptionalInt;

/**
 * Where a console following a roll-call left off: the instant of the view it last had and, in the
 * cursor form {@code <instant>~<answers>} that every view returns, how many answers were recorded
 * then. An instant alone finds the changes timed after it; the count also catches an answer
 * recorded later with an earlier time (obtained by phone, delayed by a provider), in which case the
 * next view lists every person again rather than miss it.
 */
public record RollCallCursor(Instant at, OptionalInt answers) {
    public RollCallCursor {
        Require.nonNull(at, "at");
        Require.nonNull(answers, "answers");
    }

    /** The cursor of a view taken at {@code at} with {@code answers} answers recorded. */
    public static RollCallCursor of(Instant at, int answers) {
        return new RollCallCursor(at, OptionalInt.of(answers));
    }

    /** Parses an ISO-8601 instant or a cursor; a bad value is a field violation of {@code field}. */
    public static RollCallCursor parse(String field, String text) {
        String value = text.strip();
        int tilde = value.indexOf('~');
        try {
            if (tilde < 0) {
                return new RollCallCursor(Instant.parse(value), OptionalInt.empty());
            }
            int answers = Integer.parseInt(value.substring(tilde + 1));
            if (answers < 0) {
                throw new NumberFormatException("negative");
            }
            return of(Instant.parse(value.substring(0, tilde)), answers);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw InvalidCommandException.of(field, "must be an ISO-8601 instant (2026-03-01T10:00:00Z) or a cursor"
                    + " a roll-call view returned (<instant>~<answers>), was '" + shorten(value) + "'");
        }
    }

    private static String shorten(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "…" : value;
    }

    @Override
    public String toString() {
        return answers.isPresent() ? at + "~" + answers.getAsInt() : at.toString();
    }
}
