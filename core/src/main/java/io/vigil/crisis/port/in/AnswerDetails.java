package io.vigil.crisis.port.in;

import io.vigil.crisis.domain.MemberAnswer;
import io.vigil.kernel.PersonId;
import jakarta.validation.constraints.NotNull;

/** A member's answer to an activation: the member (default: the actor themself) and the answer. */
public record AnswerDetails(PersonId person, @NotNull MemberAnswer answer) {
}
