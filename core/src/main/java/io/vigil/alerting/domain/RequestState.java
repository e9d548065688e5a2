package io.vigil.alerting.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;

/** Whether an emergency request is still open, or closed and when. */
public sealed interface RequestState permits RequestState.Open, RequestState.Closed {

    /** The name of the state, as stored and shown. */
    RequestStatus status();

    /** The state for a stored status and closing time; refuses a closing time that does not match the status. */
    static RequestState of(RequestStatus status, Optional<Instant> closedAt) {
        Require.nonNull(status, "status");
        Require.nonNull(closedAt, "closedAt");
        Require.that((status == RequestStatus.CLOSED) == closedAt.isPresent(), "closedAt",
                "must be set exactly when the request is closed");
        return closedAt.<RequestState>map(Closed::new).orElseGet(Open::new);
    }

    /** Being handled; responses are still added. */
    record Open() implements RequestState {
        @Override
        public RequestStatus status() {
            return RequestStatus.OPEN;
        }
    }

    /** Handled; closed at {@code at} with its final response, and takes no more. */
    record Closed(Instant at) implements RequestState {
        public Closed {
            Require.nonNull(at, "closedAt");
        }

        @Override
        public RequestStatus status() {
            return RequestStatus.CLOSED;
        }
    }
}
