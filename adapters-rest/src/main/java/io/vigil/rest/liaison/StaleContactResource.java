package io.vigil.rest.liaison;

import io.vigil.liaison.domain.OrganisationKind;
import io.vigil.liaison.port.in.StaleContact;
import java.time.Instant;

/** A stale contact: the contact, their organisation's kind, when last reached, how many days ago, their threshold. */
public record StaleContactResource(LiaisonContactResource contact, OrganisationKind kind, Instant lastReached,
                                   long days, int threshold) {

    /** The stale contact as shown. */
    public static StaleContactResource from(StaleContact s) {
        return new StaleContactResource(LiaisonContactResource.from(s.contact()), s.kind(),
                s.staleness().lastReached(), s.staleness().days(), s.staleness().threshold());
    }
}
