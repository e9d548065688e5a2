package io.vigil.crisis.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * A team member told of an activation: their seat, whether as an alternate, how many messages were
 * queued to them (none: they have no address to reach them on), and their latest answer with
 * when it came and who recorded it.
 */
public record MemberCall(PersonId person, TeamRole role, boolean alternate, int messagesQueued,
                         Optional<MemberAnswer> answer, Optional<Instant> answeredAt, Optional<String> answeredBy) {
    public MemberCall {
        Require.nonNull(person, "person");
        Require.nonNull(role, "role");
        Require.that(messagesQueued >= 0, "messagesQueued", "must not be negative");
        Require.nonNull(answer, "answer");
        Require.nonNull(answeredAt, "answeredAt");
        Require.nonNull(answeredBy, "answeredBy");
        Require.that(answer.isPresent() == answeredAt.isPresent() && answer.isPresent() == answeredBy.isPresent(),
                "answeredAt", "must be set exactly when there is an answer");
    }

    /** A member told now, who has not answered. */
    public static MemberCall told(PersonId person, TeamRole role, boolean alternate, int queued) {
        return new MemberCall(person, role, alternate, queued, Optional.empty(), Optional.empty(), Optional.empty());
    }

    MemberCall answered(MemberAnswer a, Instant at, String by) {
        return new MemberCall(person, role, alternate, messagesQueued, Optional.of(a), Optional.of(at), Optional.of(by));
    }
}
