package io.vigil.travel.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.ZoneId;

/**
 * An office's travel settings, one per office and identified by it: its time zone (for sunrise and
 * sunset and the times decisions name), the most of its personnel on one flight before a trip needs
 * approval, and the lead time in days a request needing approval should be submitted before departure.
 */
public record TravelPolicy(OfficeId id, long version, ZoneId timeZone, int maxOnFlight, int leadDays)
        implements Versioned<OfficeId, TravelPolicy> {
    /** The largest flight limit. */
    public static final int MAX_ON_FLIGHT = 1000;
    /** The longest lead time, in days. */
    public static final int MAX_LEAD_DAYS = 90;

    public TravelPolicy {
        Require.nonNull(id, "id");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(timeZone, "timeZone");
        Require.that(maxOnFlight >= 1 && maxOnFlight <= MAX_ON_FLIGHT, "maxOnFlight",
                "must be between 1 and " + MAX_ON_FLIGHT + ", was " + maxOnFlight);
        Require.that(leadDays >= 0 && leadDays <= MAX_LEAD_DAYS, "leadDays",
                "must be between 0 and " + MAX_LEAD_DAYS + ", was " + leadDays);
    }

    /** The defaults, for an office that has set nothing (version 0: not stored): UTC, 30 on a flight, 7 days. */
    public static TravelPolicy standard(OfficeId office) {
        return new TravelPolicy(office, 0, ZoneId.of("UTC"), 30, 7);
    }

    @Override
    public OfficeId office() {
        return id;
    }

    @Override
    public TravelPolicy withVersion(long newVersion) {
        return new TravelPolicy(id, newVersion, timeZone, maxOnFlight, leadDays);
    }
}
