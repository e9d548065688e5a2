package io.vigil.liaison.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies one entry of the information log (security information obtained or shared). */
public record ExchangeId(UUID value) {
    public ExchangeId {
        Require.nonNull(value, "exchangeId");
    }

    /** A new random id. */
    public static ExchangeId random() {
        return new ExchangeId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static ExchangeId of(String text) {
        return new ExchangeId(Ids.parse(text, "exchangeId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
