package io.vigil.incident.port.in;

import io.vigil.incident.domain.Enquiry;
import io.vigil.incident.domain.EnquiryId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.time.Instant;
import java.util.List;

/**
 * Preliminary enquiries into breaches and incidents, on a need-to-know basis: the security officer
 * opens and closes them; only the officer and the investigators an enquiry names read it or add
 * findings and corrective measures; every read is audited with the persons it concerns, every
 * refusal too.
 */
public interface EnquiriesUseCase {
    /** Opens an enquiry (the security officer). */
    Enquiry open(Actor actor, EnquiryDetails details);

    /** One enquiry, for the officer or one of its investigators. */
    Enquiry get(Actor actor, EnquiryId id);

    /** The enquiries the actor may read, latest first: all of them for the officer, their own for an investigator. */
    Page<Enquiry> list(Actor actor, PageRequest page);

    /** Adds a finding at the expected version. */
    Enquiry addFinding(Actor actor, EnquiryId id, long expectedVersion, FindingDetails details);

    /** Adds a corrective measure agreed with a local authority at the expected version. */
    Enquiry addMeasure(Actor actor, EnquiryId id, long expectedVersion, MeasureDetails details);

    /** Marks corrective measure {@code number} done at the expected version. */
    Enquiry completeMeasure(Actor actor, EnquiryId id, int number, long expectedVersion);

    /** Closes the enquiry (the officer); refused without a finding or while a measure is open. */
    Enquiry close(Actor actor, EnquiryId id, long expectedVersion);

    /** The corrective measures past due at {@code at} of the open enquiries the actor may read. */
    List<OverdueItem> overdueMeasures(Actor actor, Instant at);
}
