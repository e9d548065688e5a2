package io.vigil.movement.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** One programme item: what, where in words, the risk context's venue assessment (its id), and when. */
public record ProgrammeItemDetails(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 300) String place,
                                   UUID venue, @NotNull Instant from, @NotNull Instant to) {
}
