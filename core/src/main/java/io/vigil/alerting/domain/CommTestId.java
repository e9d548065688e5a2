package io.vigil.alerting.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a communication test. */
public record CommTestId(UUID value) {
    public CommTestId {
        Require.nonNull(value, "commTestId");
    }

    /** A new random id. */
    public static CommTestId random() {
        return new CommTestId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static CommTestId of(String text) {
        return new CommTestId(Ids.parse(text, "commTestId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
