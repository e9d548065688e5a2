package io.vigil.awareness.port.out;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.access.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the persons stand on the procedures that apply to them, for the compliance report: per
 * procedure with a current version and an audience, who acknowledged that version and who has not.
 * The composition root implements it over the documents context's use cases.
 */
public interface ProcedureAcknowledgements {
    /** No procedures: for a host without the documents context. */
    ProcedureAcknowledgements NONE = (actor, at) -> Optional.of(List.of());

    /**
     * The standing of every procedure the actor may read at the instant, read with the actor's own
     * access; empty when the actor may not read acknowledgements.
     */
    Optional<List<ProcedureStanding>> standing(Actor actor, Instant at);

    /**
     * One procedure: its document id, title and current version, the persons it applies to who
     * acknowledged that version and those who have not (each person in one list).
     */
    record ProcedureStanding(String document, String title, int version, List<PersonId> acknowledged,
                             List<PersonId> missing) {
        public ProcedureStanding {
            Require.nonNull(document, "document");
            Require.nonNull(title, "title");
            acknowledged = List.copyOf(acknowledged);
            missing = List.copyOf(missing);
        }
    }
}
