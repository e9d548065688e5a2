package io.vigil.alerting.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Outcome;
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
                               List<ResponseEntry> responses, RequestState state)
        implements Versioned<RequestId, EmergencyRequest> {

    public EmergencyRequest {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(receivedAt, "receivedAt");
        caller = Require.text(caller, "caller", 200);
        callbackNumber = callbackNumber == null ? "" : callbackNumber.strip();
        Require.that(callbackNumber.length() <= 40, "callbackNumber", "must be at most 40 characters");
        situation = Require.text(situation, "situation", 4000);
        Require.nonNull(location, "location");
        takenBy = Require.text(takenBy, "takenBy", 200);
        responses = List.copyOf(Require.nonNull(responses, "responses"));
        Require.nonNull(state, "state");
        Require.that(responses.stream().noneMatch(r -> r.at().isBefore(receivedAt)),
                "responses", "must not be before the request was received");
    }

    /** The name of its state. */
    public RequestStatus status() {
        return state.status();
    }

    /** When it was closed, once closed. */
    public Optional<Instant> closedAt() {
        return state instanceof RequestState.Closed c ? Optional.of(c.at()) : Optional.empty();
    }

    /** The request with one more response; refused once closed. */
    public Outcome<EmergencyRequest> respond(ResponseEntry entry) {
        if (state instanceof RequestState.Closed c) {
            return Outcome.refused("the request was closed at " + c.at() + " and takes no more responses");
        }
        Require.nonNull(entry, "entry");
        List<ResponseEntry> more = new ArrayList<>(responses);
        more.add(entry);
        return Outcome.done(new EmergencyRequest(id, office, version, receivedAt, caller, callbackNumber, situation,
                location, takenBy, more, state));
    }

    /** The request closed with its final response; refused once closed. */
    public Outcome<EmergencyRequest> close(ResponseEntry outcome) {
        return respond(outcome).map(answered -> new EmergencyRequest(id, office, version, receivedAt, caller,
                callbackNumber, situation, location, takenBy, answered.responses(),
                new RequestState.Closed(outcome.at())));
    }

    @Override
    public EmergencyRequest withVersion(long newVersion) {
        return new EmergencyRequest(id, office, newVersion, receivedAt, caller, callbackNumber, situation, location,
                takenBy, responses, state);
    }
}
