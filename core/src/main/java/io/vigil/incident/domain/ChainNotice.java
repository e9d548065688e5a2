package io.vigil.incident.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * One notice to one member of the reporting chain: the role told, which report it carried, the
 * message's id in the gateway's outbox, when it was sent, and when and by whom it was acknowledged.
 */
public record ChainNotice(String role, NoticeKind kind, String messageId, Instant sentAt,
                          Optional<Instant> acknowledgedAt, Optional<String> acknowledgedBy) {
    public ChainNotice {
        role = Require.text(role, "role", 20);
        Require.nonNull(kind, "kind");
        messageId = Require.text(messageId, "messageId", 200);
        Require.nonNull(sentAt, "sentAt");
        acknowledgedAt = acknowledgedAt == null ? Optional.empty() : acknowledgedAt;
        acknowledgedBy = acknowledgedBy == null ? Optional.empty() : acknowledgedBy;
        Require.that(acknowledgedAt.isPresent() == acknowledgedBy.isPresent(), "acknowledgedBy",
                "must be set exactly when acknowledged");
    }

    /** Whether it has been acknowledged. */
    public boolean acknowledged() {
        return acknowledgedAt.isPresent();
    }

    /** The notice acknowledged by {@code by} at {@code at}. */
    public ChainNotice acknowledge(String by, Instant at) {
        return new ChainNotice(role, kind, messageId, sentAt, Optional.of(at), Optional.of(by));
    }
}
