package io.vigil.risk.domain;

import io.vigil.kernel.Require;
import java.time.Instant;

/** One maintenance visit or test of an asset, and its outcome. */
public record CheckResult(CheckKind kind, Instant at, boolean passed, String notes) {
    public CheckResult {
        Require.nonNull(kind, "kind");
        Require.nonNull(at, "at");
        notes = notes == null ? "" : notes.strip();
        Require.that(notes.length() <= 2000, "notes", "must be at most 2000 characters");
    }
}
