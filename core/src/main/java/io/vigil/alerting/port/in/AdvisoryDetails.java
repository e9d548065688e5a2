package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.Audience;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/**
 * What a caller says about an advisory; the issuer is the actor. Limits: a title of 200 characters,
 * a message of 4,000; an audience's area of at most 1,000 vertices, its category of 40 characters.
 */
public record AdvisoryDetails(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String message,
                              @NotNull Severity severity, @NotNull Audience audience,
                              @NotEmpty Set<@NotNull Channel> channels, @NotNull Instant validFrom,
                              @NotNull Instant validTo) {
}
