package io.vigil.incident.domain;

import io.vigil.kernel.Require;
import java.time.Instant;

/** The written report on an incident: its text, when it was submitted and by whom. */
public record WrittenReport(String text, Instant at, String by) {
    /** The longest written report, in characters. */
    public static final int MAX_TEXT = 20_000;

    public WrittenReport {
        text = Require.text(text, "text", MAX_TEXT);
        Require.nonNull(at, "at");
        by = Require.text(by, "by", 200);
    }
}
