package io.vigil.movement.domain;

import io.vigil.kernel.Require;
import java.util.List;

/**
 * Whether a visit is ready: every blocker with its reason, in the fixed order of {@link Kind}, and
 * notes that inform without blocking (late support requests). Ready exactly when nothing blocks.
 */
public record Readiness(List<Blocker> blockers, List<String> notes) {
    public Readiness {
        blockers = Require.noNulls(blockers, "blockers");
        notes = Require.noNulls(notes, "notes");
    }

    /** Whether nothing blocks the visit. */
    public boolean ready() {
        return blockers.isEmpty();
    }

    /** What can block a visit, in the order readiness lists it. */
    public enum Kind {
        /** A programme item without an assessed venue, or whose venue's assessment lapses before it ends. */
        VENUE,
        /** No advance site assessment, or one missing mandatory items. */
        ADVANCE_ASSESSMENT,
        /** A support request not confirmed: awaiting an answer, or declined. */
        SUPPORT,
        /** A member without a clearance request, or whose clearance is denied. */
        CLEARANCE
    }

    /** One blocker: its kind and its reason. */
    public record Blocker(Kind kind, String reason) {
        public Blocker {
            Require.nonNull(kind, "kind");
            reason = Require.text(reason, "reason");
        }
    }
}
