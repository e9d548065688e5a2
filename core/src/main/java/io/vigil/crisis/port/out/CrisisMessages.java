package io.vigil.crisis.port.out;

import java.util.List;

/**
 * Outbound port: the outbox through which the crisis context tells people (the host's message
 * gateway, adapted by the wiring). Recording is idempotent by message id: an id already recorded
 * is not recorded again.
 */
public interface CrisisMessages {
    /** Records every message whose id is not recorded yet, as one write; returns how many were queued now. */
    int sendAll(List<CrisisMessage> messages);
}
