package io.vigil.liaison.port.in;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.liaison.domain.ExchangeId;
import io.vigil.liaison.domain.InformationExchange;
import io.vigil.liaison.domain.LiaisonContactId;
import java.util.List;

/**
 * The information log (at most {@value #MAX_EXCHANGES} entries per office, latest first):
 * append-only, the security roles'. Sharing information above the level a contact is cleared to is
 * refused with the reason, and nothing is recorded.
 */
public interface InformationLogUseCase {
    /** The most entries an office's information log keeps. */
    int MAX_EXCHANGES = 20_000;

    /** Records an exchange; refused when shared above the contact's level, or when the log is full. */
    InformationExchange record(Actor actor, ExchangeDetails details);

    /** One entry. */
    InformationExchange get(Actor actor, ExchangeId id);

    /** A page of the office's entries the actor may read, latest first. */
    Page<InformationExchange> list(Actor actor, PageRequest page);

    /** The exchanges with one contact, latest first. */
    List<InformationExchange> ofContact(Actor actor, LiaisonContactId contact);
}
