package io.vigil.travel.domain;

import io.vigil.kernel.Require;
import java.util.List;
import java.util.Optional;

/** What an assessment's acceptability table says for one programme criticality, with its reasons. */
public record Acceptance(Kind kind, Optional<ApprovalLevel> level, List<String> reasons) {
    /** Proceed, proceed once approved, or do not proceed. */
    public enum Kind { PROCEED, PROCEED_WITH_APPROVAL, DO_NOT_PROCEED }

    public Acceptance {
        Require.nonNull(kind, "kind");
        Require.nonNull(level, "level");
        Require.that(level.isPresent() == (kind == Kind.PROCEED_WITH_APPROVAL), "level",
                "must be given exactly for PROCEED_WITH_APPROVAL");
        reasons = Require.noNulls(reasons, "reasons");
    }
}
