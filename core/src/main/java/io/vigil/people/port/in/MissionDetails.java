package io.vigil.people.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.people.domain.HotelStay;
import io.vigil.people.domain.ItineraryLeg;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a caller says about a mission: name, purpose, members, itinerary and hotel stays (each naming
 * its guests among the members; a stay naming none is by every member).
 *
 * <p>Limits: a name of 200 characters, a purpose of 2,000; 1 to 200 members, up to 100 legs and 100
 * stays; a leg (departure to arrival) or a stay (check-in to check-out) of at most 366 days unless
 * the host configures other {@code SpanLimits}; place names of 200 characters.
 */
public record MissionDetails(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String purpose,
        @NotEmpty @Size(max = 200) List<@NotNull PersonId> members,
        @NotNull @Size(max = 100) List<@NotNull ItineraryLeg> legs,
        @NotNull @Size(max = 100) List<@NotNull HotelStay> stays) {

    public MissionDetails {
        legs = legs == null ? List.of() : legs;
        stays = stays == null ? List.of() : stays;
    }
}
