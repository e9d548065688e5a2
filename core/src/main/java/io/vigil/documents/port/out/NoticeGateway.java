package io.vigil.documents.port.out;

import java.util.List;

/**
 * Outbound port: where dissemination notices are queued for delivery. The wiring gives it the
 * alerting context's message gateway (the outbox), so notices go out as every other message does.
 */
public interface NoticeGateway {
    /** Queues the notices as one batch; those whose id is already queued are skipped. Returns how many were queued. */
    int sendAll(List<Notice> notices);
}
