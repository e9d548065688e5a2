package io.vigil.people.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.WardenZoneId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A person's living at one residence, as their warden zone is read from it: when they moved in,
 * when they moved out (empty while they live there) and the residence's zone.
 */
public record Tenancy(Instant movedIn, Optional<Instant> movedOut, Optional<WardenZoneId> wardenZone) {
    public Tenancy {
        Require.nonNull(movedIn, "movedIn");
        Require.nonNull(movedOut, "movedOut");
        Require.nonNull(wardenZone, "wardenZone");
    }

    /**
     * The zone a person with these tenancies is in at {@code at}: that of the tenancy moved into
     * last among those not moved out of by then (moving out at {@code at} counts as gone), the first
     * in the list's order among several moved into at the same instant; empty if that residence has
     * no zone, or every tenancy has ended.
     */
    public static Optional<WardenZoneId> currentZone(List<Tenancy> tenancies, Instant at) {
        Tenancy current = null;
        for (Tenancy t : tenancies) {
            if (t.movedOut().map(at::isBefore).orElse(true)
                    && (current == null || t.movedIn().isAfter(current.movedIn()))) {
                current = t;
            }
        }
        return current == null ? Optional.empty() : current.wardenZone();
    }
}
