package io.vigil.alerting.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.time.Instant;

/** A person's answer to a communication test: what, over which channel, when, and whether after it closed. */
public record CheckIn(PersonId person, Answer answer, Channel channel, Instant at, boolean late) {
    public CheckIn {
        Require.nonNull(person, "person");
        Require.nonNull(answer, "answer");
        Require.nonNull(channel, "channel");
        Require.nonNull(at, "at");
    }
}
