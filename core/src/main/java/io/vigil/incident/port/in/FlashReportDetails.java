package io.vigil.incident.port.in;

import io.vigil.kernel.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A flash report from the field (an SMS "FLASH ARMED shots near the bridge"): who sent it, how the
 * report names its source ({@code source}, e.g. "SMS from +52 55 4444 1001"), the category code of
 * the office's taxonomy, what the sender wrote, and when it was received (default now).
 */
public record FlashReportDetails(
        @NotNull PersonId reporter,
        @NotBlank @Size(max = 200) String source,
        @NotBlank @Size(max = 50) String category,
        @NotBlank @Size(max = 300) String text,
        Instant receivedAt) {
}
