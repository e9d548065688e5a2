package io.vigil.rest.documents;

import io.vigil.documents.domain.DocumentAudience;
import io.vigil.documents.domain.Classification;
import io.vigil.documents.domain.Document;
import io.vigil.documents.domain.DocumentKind;
import io.vigil.documents.domain.DocumentVersion;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A document of the library as the API shows it: its details, whether its review is overdue now,
 * its versions (the last is current; none for the generated restricted-areas list).
 */
public record DocumentResource(String id, String office, long version, DocumentKind kind, String title, String owner,
                               Classification classification, LocalDate reviewDue, boolean reviewOverdue,
                               boolean generated, Optional<DocumentAudience> appliesTo, Optional<Integer> currentVersion,
                               List<DocumentVersion> versions) implements Identified {

    /** The document as shown at {@code now}, its review overdue after its due day in the office's {@code zone}. */
    public static DocumentResource from(Document d, Instant now, ZoneId zone) {
        return new DocumentResource(d.id().toString(), d.office().value(), d.version(), d.kind(), d.title(), d.owner(),
                d.classification(), d.reviewDue(), d.reviewOverdue(LocalDate.ofInstant(now, zone)),
                d.kind().generated(), d.appliesTo(), d.current().map(DocumentVersion::number), d.versions());
    }
}
