package io.vigil.rest.alerting;

import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.domain.RequestStatus;
import io.vigil.alerting.domain.ResponseEntry;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.util.List;

/** An emergency request and the response given, as the API shows it. */
public record EmergencyRequestResource(String id, String office, long version, Instant receivedAt, String caller,
                                       String callbackNumber, String situation, GeoPoint location, String takenBy,
                                       List<ResponseEntry> responses, RequestStatus status, Instant closedAt)
        implements Identified {

    public static EmergencyRequestResource from(EmergencyRequest r) {
        return new EmergencyRequestResource(r.id().toString(), r.office().value(), r.version(), r.receivedAt(),
                r.caller(), r.callbackNumber(), r.situation(), r.location().orElse(null), r.takenBy(), r.responses(),
                r.status(), r.closedAt().orElse(null));
    }
}
