package io.vigil.liaison.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Advice given to the head of office: its topic, the threat or risk it concerns, the recommendation, when it was given. */
public record LiaisonAdviceDetails(@NotBlank @Size(max = 200) String topic, @NotBlank @Size(max = 500) String concerns,
                                   @NotBlank @Size(max = 5000) String recommendation, @NotNull Instant givenAt) {
}
