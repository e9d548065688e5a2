package io.vigil.movement.port.in;

import io.vigil.kernel.geo.GeoPoint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A call-in as the radio room records it: who called, when (default now; never in the future), where, a note. */
public record CallInDetails(
        @NotBlank @Size(max = 200) String by,
        Instant at,
        GeoPoint where,
        @Size(max = 500) String note) {
    public CallInDetails {
        note = note == null || note.isBlank() ? null : note;
    }
}
