package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.MessageKind;

/**
 * The notices another context sends through {@link NoticesUseCase} worded from the office's
 * templates: each names the message kind whose template words it (its placeholders and bound).
 */
public enum TemplatedNotice {
    /** A travel clearance is revoked: {@code clearance}, {@code reason}, and the time {@code departure}. */
    CLEARANCE_REVOKED(MessageKind.CLEARANCE_REVOKED);

    private final MessageKind kind;

    TemplatedNotice(MessageKind kind) {
        this.kind = kind;
    }

    /** The kind of message whose template words the notice. */
    public MessageKind kind() {
        return kind;
    }
}
