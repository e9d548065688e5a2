package io.vigil.alerting.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * A person's answer to a communication test: what, over which channel, when, whether after it
 * closed, and, for an answer someone else obtained (by phone, in person) and recorded for them,
 * who recorded it and when ({@code onBehalf}; empty when the person answered themself).
 */
public record CheckIn(PersonId person, Answer answer, Channel channel, Instant at, boolean late,
                      Optional<OnBehalf> onBehalf) {
    public CheckIn {
        Require.nonNull(person, "person");
        Require.nonNull(answer, "answer");
        Require.nonNull(channel, "channel");
        Require.nonNull(at, "at");
        onBehalf = onBehalf == null ? Optional.empty() : onBehalf;
    }

    /** An answer the person gave themself. */
    public CheckIn(PersonId person, Answer answer, Channel channel, Instant at, boolean late) {
        this(person, answer, channel, at, late, Optional.empty());
    }

    /**
     * Who recorded an answer on the person's behalf ({@code by}: the actor's subject) and when they
     * recorded it; the answer's own {@code at} is when it was obtained.
     */
    public record OnBehalf(String by, Instant recordedAt) {
        public OnBehalf {
            by = Require.text(by, "by", 200);
            Require.nonNull(recordedAt, "recordedAt");
        }
    }
}
