package io.vigil.liaison.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies an action item of a meeting, or a task given to a field security associate. */
public record ActionItemId(UUID value) {
    public ActionItemId {
        Require.nonNull(value, "actionItemId");
    }

    /** A new random id. */
    public static ActionItemId random() {
        return new ActionItemId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static ActionItemId of(String text) {
        return new ActionItemId(Ids.parse(text, "actionItemId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
