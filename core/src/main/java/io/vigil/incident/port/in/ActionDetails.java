package io.vigil.incident.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A follow-up action: what is to be done, who owns it, when it is due. */
public record ActionDetails(@NotBlank @Size(max = 1000) String description, @NotBlank @Size(max = 200) String owner,
                            @NotNull Instant due) {
}
