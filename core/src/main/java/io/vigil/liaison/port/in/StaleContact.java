package io.vigil.liaison.port.in;

import io.vigil.kernel.Require;
import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.liaison.domain.OrganisationKind;
import io.vigil.liaison.domain.Staleness;

/** A contact not reached for longer than their threshold: the contact, their organisation's kind, and by how much. */
public record StaleContact(LiaisonContact contact, OrganisationKind kind, Staleness staleness) {
    public StaleContact {
        Require.nonNull(contact, "contact");
        Require.nonNull(kind, "kind");
        Require.nonNull(staleness, "staleness");
    }
}
