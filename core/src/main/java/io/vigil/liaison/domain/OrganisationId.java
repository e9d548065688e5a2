package io.vigil.liaison.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies an organisation the office liaises with (a police force, UNDSS, an embassy, a network). */
public record OrganisationId(UUID value) {
    public OrganisationId {
        Require.nonNull(value, "organisationId");
    }

    /** A new random id. */
    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static OrganisationId of(String text) {
        return new OrganisationId(Ids.parse(text, "organisationId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
