package io.vigil.rest.incident;

import io.vigil.incident.domain.AffectedAsset;
import io.vigil.incident.domain.AffectedPerson;
import io.vigil.incident.domain.ChainNotice;
import io.vigil.incident.domain.FollowUpAction;
import io.vigil.incident.domain.IncidentPlace;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.ReportStatus;
import io.vigil.incident.domain.Severity;
import io.vigil.incident.domain.Verification;
import io.vigil.incident.domain.WrittenReport;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An incident report as the API shows it, with what is late at the time of the request: whether the
 * written report is late and how many follow-up actions are overdue. For a reader who may not read
 * the persons named, each person keeps their harm and shows as "(withheld)". {@code rollCall} and
 * {@code crisisActivation} are the ids of the roll-call and the crisis team activation it started
 * ({@code /api/v1/roll-calls/{id}}, {@code /api/v1/crisis/activations/{id}}).
 */
public record IncidentResource(String id, String office, long version, String category, String subtype, String title,
                               String narrative, Instant occurredAt, Instant recordedAt, IncidentPlace place,
                               List<AffectedPerson> persons, List<AffectedAsset> assets,
                               Severity severity, String source, Verification verification, String reportedBy,
                               boolean flashRequired, Optional<Instant> writtenDue,
                               Optional<WrittenReport> writtenReport, boolean writtenLate, List<ChainNotice> notices,
                               Optional<String> rollCall, Optional<String> crisisActivation,
                               List<FollowUpAction> actions, int overdueActions,
                               ReportStatus status, Optional<Instant> closedAt) implements Identified {

    /** The resource of a report as the reader may see it, at {@code now}. */
    public static IncidentResource from(IncidentReport r, Instant now) {
        return new IncidentResource(r.id().toString(), r.office().value(), r.version(), r.category(), r.subtype(),
                r.title(), r.narrative(), r.occurredAt(), r.recordedAt(), r.place(), r.persons(), r.assets(),
                r.severity(), r.source(), r.verification(), r.reportedBy(), r.flashRequired(), r.writtenDue(),
                r.writtenReport(), r.writtenLate(now), r.notices(), r.rollCall(), r.crisisActivation(), r.actions(),
                r.overdueActions(now).size(), r.status(), r.closedAt());
    }
}
