package io.vigil.crisis.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * One version of the plan: its number, content, who drafted it and when, and, once approved, who
 * approved it and when; once superseded, when. The times are set exactly as the status says.
 */
public record PlanVersion(int number, PlanStatus status, PlanContent content, String draftedBy, Instant draftedAt,
                          Optional<String> approvedBy, Optional<Instant> approvedAt, Optional<Instant> supersededAt) {
    public PlanVersion {
        Require.that(number >= 1, "number", "must be at least 1");
        Require.nonNull(status, "status");
        Require.nonNull(content, "content");
        draftedBy = Require.text(draftedBy, "draftedBy", 200);
        Require.nonNull(draftedAt, "draftedAt");
        Require.nonNull(approvedBy, "approvedBy");
        Require.nonNull(approvedAt, "approvedAt");
        Require.nonNull(supersededAt, "supersededAt");
        Require.that(approvedAt.isPresent() == (status != PlanStatus.DRAFT) && approvedBy.isPresent() == approvedAt.isPresent(),
                "approvedAt", "must be set exactly when the version is approved or superseded");
        Require.that(supersededAt.isPresent() == (status == PlanStatus.SUPERSEDED), "supersededAt",
                "must be set exactly when the version is superseded");
    }

    /** A new draft. */
    public static PlanVersion draft(int number, PlanContent content, String by, Instant at) {
        return new PlanVersion(number, PlanStatus.DRAFT, content, by, at, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    PlanVersion approved(String by, Instant at) {
        return new PlanVersion(number, PlanStatus.APPROVED, content, draftedBy, draftedAt, Optional.of(by),
                Optional.of(at), Optional.empty());
    }

    PlanVersion superseded(Instant at) {
        return new PlanVersion(number, PlanStatus.SUPERSEDED, content, draftedBy, draftedAt, approvedBy, approvedAt,
                Optional.of(at));
    }
}
