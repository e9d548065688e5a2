package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.kernel.PersonId;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** An answer to a communication test; {@code at} is when the channel received it (default now). */
public record CheckInDetails(@NotNull PersonId person, @NotNull Answer answer, @NotNull Channel channel,
                             Instant at) {
}
