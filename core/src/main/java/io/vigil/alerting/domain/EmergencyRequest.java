package io.vigil.alerting.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An emergency request received by the on-call line, and the response given: who called, on
 * which number to call back, what happened and where, who took it, what was done, and when it
 * was closed.
 */
public record EmergencyRequest(RequestId id, OfficeId office, long version, Instant receivedAt, String caller,
                               String callbackNumber, String situation, Optional<GeoPoint> location, String takenBy,
                               List<ResponseEntry> responses, RequestStatus status, Optional<Instant> closedAt)
        implements Versioned<RequestId, EmergencyRequest> {

    public EmergencyRequest {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version must not be negative");
        Require.nonNull(receivedAt, "receivedAt");
        caller = Require.text(caller, "caller", 200);
        callbackNumber = callbackNumber == null ? "" : callbackNumber.strip();
        Require.that(callbackNumber.length() <= 40, "callbackNumber must be at most 40 characters");
        situation = Require.text(situation, "situation", 4000);
        Require.nonNull(location, "location");
        takenBy = Require.text(takenBy, "takenBy", 200);
        responses = List.copyOf(Require.nonNull(responses, "responses"));
        Require.nonNull(status, "status");
        Require.nonNull(closedAt, "closedAt");
        Require.that((status == RequestStatus.CLOSED) == closedAt.isPresent(),
                "closedAt must be set exactly when the request is closed");
        Require.that(responses.stream().noneMatch(r -> r.at().isBefore(receivedAt)),
                "responses must not be before the request was received");
    }

    /** The request with one more response; refused once closed. */
    public EmergencyRequest respond(ResponseEntry entry) {
        Require.that(status == RequestStatus.OPEN, "status must be OPEN to add a response; the request is closed");
        List<ResponseEntry> more = new ArrayList<>(responses);
        more.add(entry);
        return new EmergencyRequest(id, office, version, receivedAt, caller, callbackNumber, situation, location,
                takenBy, more, status, closedAt);
    }

    /** The request closed with its final response. */
    public EmergencyRequest close(ResponseEntry outcome) {
        EmergencyRequest answered = respond(outcome);
        return new EmergencyRequest(id, office, version, receivedAt, caller, callbackNumber, situation, location,
                takenBy, answered.responses(), RequestStatus.CLOSED, Optional.of(outcome.at()));
    }

    @Override
    public EmergencyRequest withVersion(long newVersion) {
        return new EmergencyRequest(id, office, newVersion, receivedAt, caller, callbackNumber, situation, location,
                takenBy, responses, status, closedAt);
    }
}
