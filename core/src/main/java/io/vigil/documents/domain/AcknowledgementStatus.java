package io.vigil.documents.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the persons a procedure applies to stand on its current version: those who acknowledged it
 * (in any dissemination of that version) and those who have not, each person in exactly one list,
 * in the order the persons were given. Acknowledgements of earlier versions do not count.
 */
public record AcknowledgementStatus(DocumentId document, int currentVersion, List<PersonId> acknowledged,
                                    List<PersonId> missing) {
    public AcknowledgementStatus {
        Require.nonNull(document, "document");
        acknowledged = List.copyOf(acknowledged);
        missing = List.copyOf(missing);
    }

    /** The status of the persons the document applies to, from the disseminations of any document. */
    public static AcknowledgementStatus of(DocumentId document, int currentVersion, List<PersonId> applicable,
                                           List<Dissemination> disseminations) {
        Set<PersonId> acked = new HashSet<>();
        for (Dissemination d : disseminations) {
            if (d.document().equals(document) && d.documentVersion() == currentVersion) {
                d.acknowledgements().forEach(a -> acked.add(a.person()));
            }
        }
        Set<PersonId> persons = new LinkedHashSet<>(applicable);
        return new AcknowledgementStatus(document, currentVersion,
                persons.stream().filter(acked::contains).toList(),
                persons.stream().filter(p -> !acked.contains(p)).toList());
    }
}
