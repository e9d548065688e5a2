package io.vigil.guard.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a performance issue of the guard-force context. */
public record IssueId(UUID value) {
    public IssueId {
        Require.nonNull(value, "issueId");
    }

    /** A new random id. */
    public static IssueId random() {
        return new IssueId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static IssueId of(String text) {
        return new IssueId(Ids.parse(text, "issueId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
