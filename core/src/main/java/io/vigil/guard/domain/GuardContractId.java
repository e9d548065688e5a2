package io.vigil.guard.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a guard contract of the guard-force context. */
public record GuardContractId(UUID value) {
    public GuardContractId {
        Require.nonNull(value, "contractId");
    }

    /** A new random id. */
    public static GuardContractId random() {
        return new GuardContractId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static GuardContractId of(String text) {
        return new GuardContractId(Ids.parse(text, "contractId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
