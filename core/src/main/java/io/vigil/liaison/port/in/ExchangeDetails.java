package io.vigil.liaison.port.in;

import io.vigil.liaison.domain.ExchangeDirection;
import io.vigil.liaison.domain.InformationLevel;
import io.vigil.liaison.domain.LiaisonContactId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Security information obtained from or shared with a contact: with whom, when (not in the future), its level, what. */
public record ExchangeDetails(@NotNull LiaisonContactId contact, @NotNull Instant at,
                              @NotNull ExchangeDirection direction, @NotNull InformationLevel level,
                              @NotBlank @Size(max = 1000) String summary) {
}
