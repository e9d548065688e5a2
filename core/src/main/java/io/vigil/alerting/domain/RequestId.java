package io.vigil.alerting.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies an emergency request. */
public record RequestId(UUID value) {
    public RequestId {
        Require.nonNull(value, "requestId");
    }

    /** A new random id. */
    public static RequestId random() {
        return new RequestId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static RequestId of(String text) {
        return new RequestId(Ids.parse(text, "requestId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
