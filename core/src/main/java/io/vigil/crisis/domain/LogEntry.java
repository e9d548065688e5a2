package io.vigil.crisis.domain;

import io.vigil.kernel.Require;
import java.time.Instant;

/** One line of an activation's log: when, by whom, what. */
public record LogEntry(Instant at, String by, String text) {
    /** The longest text of a line. */
    public static final int MAX_TEXT = 1000;

    public LogEntry {
        Require.nonNull(at, "at");
        by = Require.text(by, "by", 200);
        text = Require.text(text, "text", MAX_TEXT);
    }
}
