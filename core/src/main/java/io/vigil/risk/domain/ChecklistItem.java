package io.vigil.risk.domain;

import io.vigil.kernel.Require;

/** One point of a residential security survey and whether the residence meets it. */
public record ChecklistItem(String item, boolean compliant, String note) {
    public ChecklistItem {
        item = Require.text(item, "item", 300);
        note = note == null ? "" : note.strip();
        Require.that(note.length() <= 1000, "note", "must be at most 1000 characters");
    }
}
