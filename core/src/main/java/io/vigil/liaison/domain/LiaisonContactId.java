package io.vigil.liaison.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a person of an organisation the office liaises with. */
public record LiaisonContactId(UUID value) {
    public LiaisonContactId {
        Require.nonNull(value, "contactId");
    }

    /** A new random id. */
    public static LiaisonContactId random() {
        return new LiaisonContactId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static LiaisonContactId of(String text) {
        return new LiaisonContactId(Ids.parse(text, "contactId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
