package io.vigil.liaison.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies one entry of the contact log (a meeting, call or e-mail with a contact). */
public record ContactEntryId(UUID value) {
    public ContactEntryId {
        Require.nonNull(value, "contactEntryId");
    }

    /** A new random id. */
    public static ContactEntryId random() {
        return new ContactEntryId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static ContactEntryId of(String text) {
        return new ContactEntryId(Ids.parse(text, "contactEntryId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
