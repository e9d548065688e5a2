package io.vigil.documents.port.in;

import io.vigil.documents.domain.Dissemination;
import io.vigil.documents.domain.DisseminationId;
import io.vigil.documents.domain.DocumentId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.time.Instant;

/**
 * Sending a document's current version to an audience through the message gateway, each
 * recipient's acknowledgement, and the report of who has not acknowledged what applies to them.
 */
public interface DisseminateDocumentsUseCase {
    /**
     * Sends the current version to the audience (resolved now, at most {@code Dissemination.MAX_RECIPIENTS}
     * persons) on the channels, a notice per person per channel they have an address for; the
     * dissemination is stored first, with its recipients. The restricted-areas list, generated on
     * read, is first stored as a new version, its snapshot as generated now, which is what is sent
     * and acknowledged. Audited naming them.
     */
    Dissemination disseminate(Actor actor, DocumentId document, DisseminationDetails details);

    /** The actor's acknowledgement of a dissemination they were sent (once; again changes nothing). */
    Dissemination acknowledge(Actor actor, DisseminationId id);

    /** One dissemination; audited naming its recipients. */
    Dissemination get(Actor actor, DisseminationId id);

    /** The office's disseminations, latest first; audited naming their recipients. */
    Page<Dissemination> list(Actor actor, PageRequest page);

    /** Who has not acknowledged the current version of each procedure that applies to them; audited naming them. */
    MissingAcknowledgements missing(Actor actor, Instant at);
}
