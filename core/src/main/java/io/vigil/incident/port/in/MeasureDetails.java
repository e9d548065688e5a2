package io.vigil.incident.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A corrective measure of an enquiry: what, agreed with which local authority, its owner and due date. */
public record MeasureDetails(@NotBlank @Size(max = 1000) String description,
                             @NotBlank @Size(max = 200) String agreedWith,
                             @NotBlank @Size(max = 200) String owner, @NotNull Instant due) {
}
