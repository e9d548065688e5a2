package io.vigil.travel.port.in;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.travel.domain.CheckOutcome;
import io.vigil.travel.domain.ClearanceId;
import java.time.Instant;
import java.util.List;

/**
 * The planned trips (live clearances) departing within the days ahead whose training check, decided
 * now, fails (denied) or holds only through a waiver (needs approval), with its reasons.
 */
public record TrainingRisks(OfficeId office, Instant at, int daysAhead, List<Trip> trips) {
    public TrainingRisks {
        trips = List.copyOf(trips);
    }

    /** One trip at risk. */
    public record Trip(ClearanceId clearance, List<PersonId> travellers, Instant departure, CheckOutcome training,
                       List<String> reasons) {
        public Trip {
            travellers = List.copyOf(travellers);
            reasons = List.copyOf(reasons);
        }
    }
}
