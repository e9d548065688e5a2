package io.vigil.incident.port.in;

import io.vigil.incident.domain.Damage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An asset affected, as a caller gives it. */
public record AssetAffectedDetails(@NotBlank @Size(max = 300) String description, @NotNull Damage damage) {
}
