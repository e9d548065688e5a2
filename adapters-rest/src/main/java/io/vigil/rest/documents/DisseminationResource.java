package io.vigil.rest.documents;

import io.vigil.documents.domain.DocumentAcknowledgement;
import io.vigil.documents.domain.DocumentAudience;
import io.vigil.documents.domain.Dissemination;
import io.vigil.documents.domain.NoticeChannel;
import io.vigil.kernel.PersonId;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A dissemination as the API shows it: the version sent, to whom, and who acknowledged it. */
public record DisseminationResource(String id, String office, long version, String document, int documentVersion,
                                    DocumentAudience audience, Set<NoticeChannel> channels, Instant sentAt, String sentBy,
                                    List<PersonId> recipients, List<DocumentAcknowledgement> acknowledgements)
        implements Identified {

    /** The dissemination as shown. */
    public static DisseminationResource from(Dissemination d) {
        return new DisseminationResource(d.id().toString(), d.office().value(), d.version(), d.document().toString(),
                d.documentVersion(), d.audience(), d.channels(), d.sentAt(), d.sentBy(), d.recipients(),
                d.acknowledgements());
    }
}
