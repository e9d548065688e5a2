package io.vigil.rest.travel;

import io.vigil.rest.resource.Identified;
import io.vigil.travel.domain.Waiver;
import java.time.Instant;

/** A training waiver as the API shows it. */
public record WaiverResource(String id, String office, long version, String traveller, String course, String approver,
                             String reason, Instant validUntil, Instant recordedAt, String recordedBy)
        implements Identified {

    /** The waiver as shown. */
    public static WaiverResource from(Waiver w) {
        return new WaiverResource(w.id().toString(), w.office().value(), w.version(), w.traveller().toString(),
                w.course(), w.approver(), w.reason(), w.validUntil(), w.recordedAt(), w.recordedBy());
    }
}
