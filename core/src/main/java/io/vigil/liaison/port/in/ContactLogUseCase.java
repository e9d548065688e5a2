package io.vigil.liaison.port.in;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.liaison.domain.ContactEntry;
import io.vigil.liaison.domain.ContactEntryId;
import io.vigil.liaison.domain.LiaisonContactId;
import java.util.List;

/**
 * The contact log (at most {@value #MAX_ENTRIES} entries per office, latest first): append-only,
 * the security roles'; an entry about a confidential contact is as need-to-know as the contact.
 */
public interface ContactLogUseCase {
    /** The most entries an office's contact log keeps. */
    int MAX_ENTRIES = 20_000;

    /** Logs that a contact was reached; refused when the log is full. */
    ContactEntry log(Actor actor, ContactEntryDetails details);

    /** One entry. */
    ContactEntry get(Actor actor, ContactEntryId id);

    /** A page of the office's entries the actor may read, latest first. */
    Page<ContactEntry> list(Actor actor, PageRequest page);

    /** The entries about one contact, latest first. */
    List<ContactEntry> ofContact(Actor actor, LiaisonContactId contact);
}
