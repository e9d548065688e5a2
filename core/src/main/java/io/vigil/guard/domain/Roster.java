package io.vigil.guard.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The vendor's roster of a contract for a period (both days included): its guards with their
 * qualifications and every shift, each starting within the period; who submitted it and when.
 */
public record Roster(RosterId id, OfficeId office, long version, GuardContractId contract, LocalDate from, LocalDate to,
                     List<Guard> guards, List<Shift> shifts, String submittedBy, Instant submittedAt)
        implements Versioned<RosterId, Roster> {
    /** The longest period of a roster, in days. */
    public static final int MAX_DAYS = 62;
    /** The most guards of a roster. */
    public static final int MAX_GUARDS = 500;
    /** The most shifts of a roster. */
    public static final int MAX_SHIFTS = 5000;

    public Roster {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(contract, "contract");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.that(!to.isBefore(from), "to", "must not be before from");
        Require.that(ChronoUnit.DAYS.between(from, to) < MAX_DAYS, "to", "must be at most " + MAX_DAYS + " days after from");
        guards = Require.noNulls(guards, "guards");
        Require.that(guards.size() <= MAX_GUARDS, "guards", "must be at most " + MAX_GUARDS);
        Require.that(guards.stream().map(Guard::badge).distinct().count() == guards.size(), "guards",
                "must have distinct badges");
        shifts = Require.noNulls(shifts, "shifts");
        Require.that(shifts.size() <= MAX_SHIFTS, "shifts", "must be at most " + MAX_SHIFTS);
        Set<String> badges = guards.stream().map(Guard::badge).collect(Collectors.toSet());
        for (int i = 0; i < shifts.size(); i++) {
            Shift s = shifts.get(i);
            Require.that(badges.contains(s.badge()), "shifts[" + i + "].badge", "must be a guard of the roster");
            Require.that(!s.day().isBefore(from) && !s.day().isAfter(to), "shifts[" + i + "].start",
                    "must be within the roster's period");
        }
        submittedBy = Require.text(submittedBy, "submittedBy", 200);
        Require.nonNull(submittedAt, "submittedAt");
    }

    /** The guard of that badge, if the roster has one. */
    public Optional<Guard> guard(String badge) {
        return guards.stream().filter(g -> g.badge().equals(badge)).findFirst();
    }

    @Override
    public Roster withVersion(long newVersion) {
        return new Roster(id, office, newVersion, contract, from, to, guards, shifts, submittedBy, submittedAt);
    }
}
