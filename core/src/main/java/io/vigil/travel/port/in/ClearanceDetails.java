package io.vigil.travel.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.travel.domain.Criticality;
import io.vigil.travel.domain.Trip;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A clearance request as a traveller or security staff submit it (limits: {@link Trip}). */
public record ClearanceDetails(@NotNull @Size(min = 1, max = Trip.MAX_TRAVELLERS) List<@NotNull PersonId> travellers,
                               @NotBlank @Size(max = Trip.MAX_PURPOSE) String purpose,
                               @NotNull Criticality criticality,
                               @NotNull @Size(min = 1, max = Trip.MAX_LEGS) List<@NotNull @Valid LegDetails> legs,
                               @Size(max = Trip.MAX_STOPS) List<@NotNull @Valid StopDetails> stops,
                               @Size(max = Trip.MAX_ESCORT) String escort) {
}
