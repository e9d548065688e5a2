package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.kernel.PersonId;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * An answer someone obtained for a person and records on their behalf: the person, the answer, how
 * it was obtained ({@code channel}: {@code PHONE}, {@code RADIO} or {@code IN_PERSON}) and when
 * ({@code obtainedAt}: not before the incident, or a test's start, and not in the future).
 */
public record AnswerOnBehalfDetails(@NotNull PersonId person, @NotNull Answer answer, @NotNull Channel channel,
                                    @NotNull Instant obtainedAt) {
}
