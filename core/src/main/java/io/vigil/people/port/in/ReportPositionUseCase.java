package io.vigil.people.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.people.domain.PositionReport;
import java.util.Optional;

/** Record the positions persons report, and read their last known position. */
public interface ReportPositionUseCase {

    /** Records a report; a report from the future (beyond a minute of clock skew) is refused. */
    PositionReport report(Actor actor, PositionDetails details);

    /** The person's last known position. */
    Optional<PositionReport> lastKnown(Actor actor, PersonId person);
}
