package io.vigil.rest.alerting;

import io.vigil.alerting.domain.OnCallShift;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.util.List;

/** An on-call shift as the API shows it. */
public record ShiftResource(String id, String office, long version, String responder, String function, String phone,
                            Instant from, Instant to, List<String> warnings) implements Identified {

    public static ShiftResource from(OnCallShift s) {
        return from(s, List.of());
    }

    /** A shift with the coverage warnings its change raised. */
    public static ShiftResource from(OnCallShift s, List<String> warnings) {
        return new ShiftResource(s.id().toString(), s.office().value(), s.version(), s.responder(), s.function(),
                s.phone(), s.from(), s.to(), warnings);
    }
}
