package io.vigil.documents.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One version of a document sent to an audience: the persons it reached (at most
 * {@value #MAX_RECIPIENTS}), on which channels, by whom and when, and who has acknowledged it
 * (each recipient once, at their first acknowledgement), as advisories track theirs.
 */
public record Dissemination(DisseminationId id, OfficeId office, long version, DocumentId document,
                            int documentVersion, DocumentAudience audience, Set<NoticeChannel> channels, Instant sentAt,
                            String sentBy, List<PersonId> recipients, List<DocumentAcknowledgement> acknowledgements)
        implements Versioned<DisseminationId, Dissemination> {
    /** The most persons one dissemination reaches. */
    public static final int MAX_RECIPIENTS = 5000;

    public Dissemination {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(document, "document");
        Require.that(documentVersion >= 1, "documentVersion", "must be at least 1");
        Require.nonNull(audience, "audience");
        Require.nonNull(channels, "channels");
        Require.that(!channels.isEmpty(), "channels", "must name at least one channel");
        channels = Set.copyOf(EnumSet.copyOf(channels));
        Require.nonNull(sentAt, "sentAt");
        sentBy = Require.text(sentBy, "sentBy", 200);
        recipients = Require.noNulls(recipients, "recipients");
        Require.that(recipients.size() <= MAX_RECIPIENTS, "recipients", "must be at most " + MAX_RECIPIENTS
                + " persons");
        Require.that(new HashSet<>(recipients).size() == recipients.size(), "recipients", "must name each person once");
        acknowledgements = Require.noNulls(acknowledgements, "acknowledgements");
        Set<PersonId> acked = new HashSet<>();
        for (DocumentAcknowledgement a : acknowledgements) {
            Require.that(acked.add(a.person()), "acknowledgements", "must name each person once");
            Require.that(recipients.contains(a.person()), "acknowledgements", "must name recipients only");
        }
    }

    /** Whether the person has acknowledged it. */
    public boolean acknowledgedBy(PersonId person) {
        return acknowledgements.stream().anyMatch(a -> a.person().equals(person));
    }

    /** The dissemination with the recipient's acknowledgement; unchanged if they already acknowledged. */
    public Dissemination acknowledge(PersonId person, Instant at) {
        Require.that(recipients.contains(person), "person", "was not sent this document");
        if (acknowledgedBy(person)) {
            return this;
        }
        List<DocumentAcknowledgement> more = new ArrayList<>(acknowledgements);
        more.add(new DocumentAcknowledgement(person, at));
        return new Dissemination(id, office, version, document, documentVersion, audience, channels, sentAt, sentBy,
                recipients, more);
    }

    @Override
    public Dissemination withVersion(long newVersion) {
        return new Dissemination(id, office, newVersion, document, documentVersion, audience, channels, sentAt,
                sentBy, recipients, acknowledgements);
    }
}
