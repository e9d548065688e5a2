package io.vigil.liaison.port.in;

import io.vigil.liaison.domain.ContactMode;
import io.vigil.liaison.domain.LiaisonContactId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A contact reached: whom, when (not in the future), how and on what topic. */
public record ContactEntryDetails(@NotNull LiaisonContactId contact, @NotNull Instant at, @NotNull ContactMode mode,
                                  @NotBlank @Size(max = 500) String topic) {
}
