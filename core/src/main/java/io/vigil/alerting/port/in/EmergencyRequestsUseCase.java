package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.domain.RequestId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;

/** The log of emergency requests to the on-call line and the responses given; every read is audited. */
public interface EmergencyRequestsUseCase {
    /** Logs a request, taken by whoever was on call when it was received (the actor if nobody was). */
    EmergencyRequest log(Actor actor, RequestDetails details);

    /** Adds what was done, as the actor, now. */
    EmergencyRequest respond(Actor actor, RequestId id, long expectedVersion, String action);

    /** Closes the request with its outcome, as the actor, now. */
    EmergencyRequest close(Actor actor, RequestId id, long expectedVersion, String outcome);

    EmergencyRequest get(Actor actor, RequestId id);

    /** The office's requests, latest first; only open ones when {@code openOnly}. */
    Page<EmergencyRequest> list(Actor actor, boolean openOnly, PageRequest page);
}
