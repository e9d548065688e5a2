package io.vigil.alerting.application;

import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.RequestDeliveries;
import io.vigil.kernel.access.Actor;
import io.vigil.people.port.in.ContactDirectoryUseCase;

/**
 * Queues the requests of an open test that are not in the outbox (it could not be written when
 * the test started): the persons with an address and no request get theirs, under the ids they
 * always had, so nobody is asked twice.
 */
final class PendingRequests {
    private final Broadcaster broadcaster;
    private final ContactDirectoryUseCase directory;

    PendingRequests(Broadcaster broadcaster, ContactDirectoryUseCase directory) {
        this.broadcaster = broadcaster;
        this.directory = directory;
    }

    /** Queues what is missing; returns how many requests were queued now. */
    int queueMissing(Actor actor, CommunicationTest test) {
        RequestDeliveries deliveries = broadcaster.deliveries(test);
        if (deliveries.notQueued().isEmpty()) {
            return 0;
        }
        return broadcaster.request(test, directory.persons(actor, deliveries.notQueued()));
    }
}
