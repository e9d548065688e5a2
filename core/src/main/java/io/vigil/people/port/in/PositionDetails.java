package io.vigil.people.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A reported position: who, where, when, and through what (app, radio, phone call). */
public record PositionDetails(@NotNull PersonId person, @NotNull GeoPoint position, @NotNull Instant at,
                              @NotBlank @Size(max = 60) String source) {
}
