package io.vigil.crisis.port.in;

import io.vigil.crisis.domain.TeamRole;
import io.vigil.kernel.PersonId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The crisis team: a seat per role, each with its principal and up to five alternates, all persons of the office. */
public record TeamDetails(@NotNull @Size(max = 6) List<@NotNull @Valid SeatDetails> seats) {

    /** One seat: its role, its principal, its alternates in order. */
    public record SeatDetails(@NotNull TeamRole role, @NotNull PersonId principal,
                              @Size(max = 5) List<@NotNull PersonId> alternates) {
        public SeatDetails {
            alternates = alternates == null ? List.of() : alternates;
        }
    }
}
