package io.vigil.crisis.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;

/** A state recorded for a person on a relocation list: which, when, by whom, and why (required for NOT_FOUND and STAYS). */
public record StatusChange(EvacueeStatus status, Instant at, String by, Optional<String> note) {
    /** The longest note. */
    public static final int MAX_NOTE = 500;

    public StatusChange {
        Require.nonNull(status, "status");
        Require.nonNull(at, "at");
        by = Require.text(by, "by", 200);
        note = Require.nonNull(note, "note").map(String::strip).filter(n -> !n.isEmpty());
        Require.that(note.map(String::length).orElse(0) <= MAX_NOTE, "note", "must be at most " + MAX_NOTE
                + " characters");
        Require.that(!status.needsReason() || note.isPresent(), "note", "must say why for " + status);
    }
}
