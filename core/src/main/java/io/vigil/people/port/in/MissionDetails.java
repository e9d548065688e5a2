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
 */
public record MissionDetails(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String purpose,
        @NotEmpty List<@NotNull PersonId> members,
        @NotNull List<@NotNull ItineraryLeg> legs,
        @NotNull List<@NotNull HotelStay> stays) {

    public MissionDetails {
        legs = legs == null ? List.of() : legs;
        stays = stays == null ? List.of() : stays;
    }
}
