package io.vigil.guard.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The vendor's response to a performance review, as text. */
public record PerformanceReviewResponse(@NotBlank @Size(max = 10_000) String response) {
}
