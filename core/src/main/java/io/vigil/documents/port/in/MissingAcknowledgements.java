package io.vigil.documents.port.in;

import io.vigil.documents.domain.DocumentId;
import io.vigil.kernel.PersonId;
import java.time.Instant;
import java.util.List;

/**
 * Who has not acknowledged the current version of each procedure or policy that applies to them:
 * per procedure with a published version and an audience, the persons it applies to now who
 * acknowledged that version and those who did not (each person in one list).
 */
public record MissingAcknowledgements(Instant at, List<Procedure> procedures) {
    public MissingAcknowledgements {
        procedures = List.copyOf(procedures);
    }

    /** One procedure's standing: how many persons it applies to, who acknowledged its current version, who has not. */
    public record Procedure(DocumentId document, String title, int currentVersion, int appliesTo,
                            List<Person> acknowledged, List<Person> missing) {
        public Procedure {
            acknowledged = List.copyOf(acknowledged);
            missing = List.copyOf(missing);
        }
    }

    /** A person who has not acknowledged, by name. */
    public record Person(PersonId person, String name) {
    }
}
