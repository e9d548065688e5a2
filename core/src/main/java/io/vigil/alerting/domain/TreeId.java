package io.vigil.alerting.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a telephone tree. */
public record TreeId(UUID value) {
    public TreeId {
        Require.nonNull(value, "treeId");
    }

    /** A new random id. */
    public static TreeId random() {
        return new TreeId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static TreeId of(String text) {
        return new TreeId(Ids.parse(text, "treeId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
