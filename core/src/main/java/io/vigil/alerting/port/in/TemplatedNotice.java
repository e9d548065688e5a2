package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.MessageKind;

/**
 * The notices another context sends worded from the office's templates, through
 * {@link NoticesUseCase#notify(io.vigil.kernel.access.Actor, String, java.util.Collection, TemplatedNotice,
 * java.util.Map, java.util.Map)} or, for a context with an outbox of its own, worded by
 * {@link NoticesUseCase#wording}: each names the message kind whose template words it (its
 * placeholders and bound).
 */
public enum TemplatedNotice {
    /** A travel clearance is revoked: {@code clearance}, {@code reason}, and the time {@code departure}. */
    CLEARANCE_REVOKED(MessageKind.CLEARANCE_REVOKED),
    /** An incident's first report, to its reporting chain: the report's codes, place, time {@code at} and {@code ref}. */
    INCIDENT_FLASH(MessageKind.INCIDENT_FLASH),
    /** The written report that completes an incident's flash report, to its reporting chain, as above. */
    INCIDENT_WRITTEN(MessageKind.INCIDENT_WRITTEN),
    /** The crisis team is activated, to a seat's principal: {@code scenario}, {@code trigger}, {@code role}, {@code activation}. */
    CRISIS_ACTIVATED(MessageKind.CRISIS_ACTIVATED),
    /** The crisis team is activated, to a seat's alternate, as above. */
    CRISIS_ACTIVATED_ALTERNATE(MessageKind.CRISIS_ACTIVATED_ALTERNATE),
    /** A situation report is due, to its topic's owner: {@code topic}, {@code title}, {@code scenario}, the time {@code due}. */
    SITREP_DUE(MessageKind.SITREP_DUE),
    /** A security document is issued to a person: {@code title}, {@code version}, {@code ref}. */
    DOCUMENT_ISSUED(MessageKind.DOCUMENT_ISSUED),
    /** A movement's next call-in is due, to its passengers and convoy leader: {@code title}, the time {@code due}. */
    CALL_IN_REMINDER(MessageKind.CALL_IN_REMINDER);

    private final MessageKind kind;

    TemplatedNotice(MessageKind kind) {
        this.kind = kind;
    }

    /** The kind of message whose template words the notice. */
    public MessageKind kind() {
        return kind;
    }
}
