package io.vigil.rest.travel;

import io.vigil.travel.domain.TravelPolicy;

/** The office's travel settings as the API shows them (version 0: the standard ones). */
public record TravelPolicyResource(String office, long version, String timeZone, int maxOnFlight, int leadDays) {

    /** The settings as shown. */
    public static TravelPolicyResource from(TravelPolicy p) {
        return new TravelPolicyResource(p.id().value(), p.version(), p.timeZone().getId(), p.maxOnFlight(),
                p.leadDays());
    }
}
