package io.vigil.travel.port.in;

import io.vigil.travel.domain.TravelPolicy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The office's travel settings as a caller sets them: an IANA time zone, the flight limit, the lead
 * days. The time zone is the office profile's when it is set: leave it out (or give that one); it is
 * stored only for an office without a profile.
 */
public record TravelPolicyDetails(@Size(max = 60) String timeZone,
                                  @Min(1) @Max(TravelPolicy.MAX_ON_FLIGHT) int maxOnFlight,
                                  @Min(0) @Max(TravelPolicy.MAX_LEAD_DAYS) int leadDays) {
}
