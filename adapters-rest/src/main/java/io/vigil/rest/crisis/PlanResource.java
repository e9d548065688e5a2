package io.vigil.rest.crisis;

import io.vigil.crisis.domain.CrisisPlan;
import io.vigil.crisis.domain.PlanDue;
import io.vigil.crisis.domain.PlanVersion;
import io.vigil.crisis.port.in.PlanView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Crisis Management Plan as the API shows it: the number of the version in force and of the
 * draft, every version, and the review and test dates with the dues (overdue ones marked).
 */
public record PlanResource(String office, long version, Optional<Integer> inForce, Optional<Integer> draft,
                           List<PlanVersion> versions, Optional<Instant> reviewDue, Optional<Instant> testDue,
                           Optional<Instant> lastReviewed, Optional<Instant> lastTested, List<PlanDue> dues)
        implements CrisisApi.Versioned {

    /** The view's resource. */
    public static PlanResource from(PlanView view) {
        CrisisPlan p = view.plan();
        return new PlanResource(p.id().value(), p.version(), p.current().map(PlanVersion::number),
                p.draft().map(PlanVersion::number), p.versions(), p.reviewDue(), p.testDue(), p.lastReviewed(),
                p.lastTested(), view.dues());
    }
}
