package io.vigil.rest.travel;

import io.vigil.rest.resource.Identified;
import io.vigil.travel.domain.Clearance;
import io.vigil.travel.domain.ClearanceStatus;
import io.vigil.travel.domain.Decision;
import io.vigil.travel.domain.ManualDecision;
import io.vigil.travel.domain.Trip;
import java.util.List;

/**
 * A clearance as the API shows it: its trip, where it stands, the rules' latest decision with every
 * check, and the whole record of the rules' and persons' decisions.
 */
public record ClearanceResource(String id, String office, long version, ClearanceStatus status, Trip trip,
                                String submittedBy, Decision decision, List<Decision> decisions,
                                List<ManualDecision> manual) implements Identified {

    /** The clearance as shown. */
    public static ClearanceResource from(Clearance c) {
        return new ClearanceResource(c.id().toString(), c.office().value(), c.version(), c.status(), c.trip(),
                c.submittedBy(), c.latest(), c.decisions(), c.manual());
    }
}
