package io.vigil.movement.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A driver of the office: the person, the name messages give, their licence and their driving
 * checks (the last one, and how many days one stays valid).
 */
public record Driver(DriverId id, OfficeId office, long version, PersonId person, String name,
                     LocalDate licenceValidUntil, LocalDate lastCheck, int checkIntervalDays)
        implements Versioned<DriverId, Driver> {
    /** The longest interval between driving checks, in days (three years). */
    public static final int MAX_CHECK_INTERVAL_DAYS = 1096;

    public Driver {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(person, "person");
        name = Require.text(name, "name", 200);
        Require.nonNull(licenceValidUntil, "licenceValidUntil");
        Require.nonNull(lastCheck, "lastCheck");
        Require.that(checkIntervalDays >= 1 && checkIntervalDays <= MAX_CHECK_INTERVAL_DAYS, "checkIntervalDays",
                "must be between 1 and " + MAX_CHECK_INTERVAL_DAYS + ", was " + checkIntervalDays);
    }

    /** The day the next driving check is due. */
    public LocalDate checkDue() {
        return lastCheck.plusDays(checkIntervalDays);
    }

    /**
     * Why the driver may not drive through {@code lastDay} (the day a movement arrives, in the
     * office's time zone): a licence ending before it, a driving check due before it; empty when fit.
     */
    public List<String> problemsThrough(LocalDate lastDay) {
        List<String> problems = new ArrayList<>();
        if (licenceValidUntil.isBefore(lastDay)) {
            problems.add("driver " + name + " has a licence valid only until " + licenceValidUntil);
        }
        if (checkDue().isBefore(lastDay)) {
            problems.add("driver " + name + " was due for a driving check on " + checkDue());
        }
        return problems;
    }

    @Override
    public Driver withVersion(long newVersion) {
        return new Driver(id, office, newVersion, person, name, licenceValidUntil, lastCheck, checkIntervalDays);
    }
}
