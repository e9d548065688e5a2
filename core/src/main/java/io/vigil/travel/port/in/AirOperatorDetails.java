package io.vigil.travel.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** An air operator's assessment as security staff record it. */
public record AirOperatorDetails(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 200) String name,
                                 boolean barred, @NotBlank @Size(max = 2000) String reason, @NotNull Instant assessedAt,
                                 @NotNull Instant validUntil) {
}
