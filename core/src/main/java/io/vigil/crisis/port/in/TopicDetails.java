package io.vigil.crisis.port.in;

import io.vigil.kernel.PersonId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A situation-report topic: its title, its owner (a person of the office) and how often it is updated. */
public record TopicDetails(@NotBlank @Size(max = 200) String title, @NotNull PersonId owner,
                           @Min(15) @Max(10_080) int cadenceMinutes) {
}
