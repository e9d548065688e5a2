package io.vigil.rest.incident;

import io.vigil.incident.domain.Enquiry;
import io.vigil.incident.domain.FollowUpAction;
import io.vigil.incident.domain.ReportStatus;
import io.vigil.kernel.PersonId;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A preliminary enquiry as the API shows it to the officer and its investigators. */
public record EnquiryResource(String id, String office, long version, Optional<String> incident, String title,
                              List<String> investigators, List<PersonId> persons, List<String> findings,
                              List<FollowUpAction> measures, int overdueMeasures, String openedBy, Instant openedAt,
                              ReportStatus status, Optional<Instant> closedAt) implements Identified {

    /** The resource of an enquiry at {@code now}. */
    public static EnquiryResource from(Enquiry e, Instant now) {
        return new EnquiryResource(e.id().toString(), e.office().value(), e.version(),
                e.incident().map(Object::toString), e.title(), e.investigators(), e.persons(), e.findings(),
                e.measures(), e.overdueMeasures(now).size(), e.openedBy(), e.openedAt(), e.status(), e.closedAt());
    }
}
