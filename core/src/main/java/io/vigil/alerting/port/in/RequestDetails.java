package io.vigil.alerting.port.in;

import io.vigil.kernel.geo.GeoPoint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** An emergency request as the on-call responder takes it down; the location is optional. */
public record RequestDetails(@NotNull Instant receivedAt, @NotBlank @Size(max = 200) String caller,
                             @Size(max = 40) String callbackNumber, @NotBlank @Size(max = 4000) String situation,
                             GeoPoint location) {
}
