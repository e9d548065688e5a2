package io.vigil.rest.movement;

import io.vigil.kernel.PersonId;
import io.vigil.movement.domain.Driver;
import io.vigil.rest.resource.Identified;
import java.time.LocalDate;
import java.util.List;

/** A driver as the API shows it, with the next check's due day and what keeps them from driving today (UTC day). */
public record DriverResource(String id, String office, long version, PersonId person, String name,
                             LocalDate licenceValidUntil, LocalDate lastCheck, int checkIntervalDays,
                             LocalDate checkDue, List<String> problemsToday) implements Identified {

    /** The driver on {@code today}. */
    public static DriverResource from(Driver d, LocalDate today) {
        return new DriverResource(d.id().toString(), d.office().value(), d.version(), d.person(), d.name(),
                d.licenceValidUntil(), d.lastCheck(), d.checkIntervalDays(), d.checkDue(), d.problemsThrough(today));
    }
}
