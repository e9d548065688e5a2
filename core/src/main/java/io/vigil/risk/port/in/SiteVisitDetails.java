package io.vigil.risk.port.in;

import io.vigil.risk.domain.Finding;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** A site visit: when it took place and what it found against the checklist. */
public record SiteVisitDetails(@NotNull Instant at, @NotEmpty @Size(max = 50) List<@NotNull Finding> findings) {
}
