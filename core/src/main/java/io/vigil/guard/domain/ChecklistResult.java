package io.vigil.guard.domain;

import io.vigil.kernel.Require;
import java.util.Optional;

/** One checklist item as found: passed or not, with an optional note. */
public record ChecklistResult(CheckItem item, boolean passed, Optional<String> note) {
    public ChecklistResult {
        Require.nonNull(item, "checklist.item");
        Require.nonNull(note, "checklist.note");
        note = note.map(n -> Require.text(n, "checklist.note", 500));
    }
}
