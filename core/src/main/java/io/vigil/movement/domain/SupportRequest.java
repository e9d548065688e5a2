package io.vigil.movement.domain;

import io.vigil.kernel.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A visit's request for host-government or private security support: to whom, for what, when it was
 * requested, and its answer (confirmed or declined, with when).
 */
public record SupportRequest(UUID id, SupportProvider provider, String what, Instant requestedAt,
                             SupportStatus status, Optional<Instant> answeredAt) {
    public SupportRequest {
        Require.nonNull(id, "id");
        Require.nonNull(provider, "provider");
        what = Require.text(what, "what", 1_000);
        Require.nonNull(requestedAt, "requestedAt");
        Require.nonNull(status, "status");
        Require.nonNull(answeredAt, "answeredAt");
        Require.that(answeredAt.isPresent() == (status != SupportStatus.REQUESTED), "answeredAt",
                "must be given exactly when the request was confirmed or declined");
        answeredAt.ifPresent(a -> Require.that(!a.isBefore(requestedAt), "answeredAt", "must not be before requestedAt"));
    }

    /** Whether it was requested fewer than {@code leadDays} days before the visit starts. */
    public boolean lateFor(Instant visitStarts, int leadDays) {
        return Duration.between(requestedAt, visitStarts).compareTo(Duration.ofDays(leadDays)) < 0;
    }

    /** The request answered {@code status} at {@code at}; refused back to REQUESTED or before it was made. */
    public SupportRequest answered(SupportStatus next, Instant at) {
        Require.that(next != SupportStatus.REQUESTED, "status", "must be CONFIRMED or DECLINED");
        return new SupportRequest(id, provider, what, requestedAt, next, Optional.of(at));
    }
}
