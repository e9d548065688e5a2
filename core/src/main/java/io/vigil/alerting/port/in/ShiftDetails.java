package io.vigil.alerting.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Who is on call, in which function, on which number, from when until when. */
public record ShiftDetails(@NotBlank @Size(max = 200) String responder, @NotBlank @Size(max = 200) String function,
                           @NotBlank @Size(max = 40) String phone, @NotNull Instant from, @NotNull Instant to) {
}
