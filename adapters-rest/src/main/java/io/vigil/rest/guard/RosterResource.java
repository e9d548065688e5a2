package io.vigil.rest.guard;

import io.vigil.guard.domain.Guard;
import io.vigil.guard.domain.Roster;
import io.vigil.guard.domain.Shift;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A vendor's roster as the API shows it. */
public record RosterResource(String id, String office, long version, String contract, LocalDate from, LocalDate to,
                             List<Guard> guards, List<Shift> shifts, String submittedBy, Instant submittedAt)
        implements Identified {

    /** The resource of a roster. */
    public static RosterResource from(Roster r) {
        return new RosterResource(r.id().toString(), r.office().value(), r.version(), r.contract().toString(), r.from(),
                r.to(), r.guards(), r.shifts(), r.submittedBy(), r.submittedAt());
    }
}
