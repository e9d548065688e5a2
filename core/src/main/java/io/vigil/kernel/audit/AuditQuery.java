package io.vigil.kernel.audit;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.util.Optional;

/** Which audit entries to list: those of an office, optionally by one actor or about one person. */
public record AuditQuery(OfficeId office, Optional<String> actor, Optional<PersonId> person) {
    public AuditQuery {
        Require.nonNull(office, "office");
        Require.nonNull(actor, "actor");
        Require.nonNull(person, "person");
    }

    /** Every entry of the office. */
    public static AuditQuery office(OfficeId office) {
        return new AuditQuery(office, Optional.empty(), Optional.empty());
    }

    /** Whether the entry matches. */
    public boolean matches(AuditEntry e) {
        return e.office().equals(office) && actor.map(e.actor()::equals).orElse(true)
                && person.map(e.persons()::contains).orElse(true);
    }
}
