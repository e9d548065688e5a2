package io.vigil.travel.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the rules decided about a trip at an instant: the verdict, the approval level when it needs
 * approval, and every check in the fixed order of {@link CheckKind}.
 *
 * @param trigger why the rules ran ("submitted", "re-decided: assessment approved", ...)
 */
public record Decision(Verdict verdict, Optional<ApprovalLevel> level, List<Check> checks, Instant at, String trigger) {
    public Decision {
        Require.nonNull(verdict, "verdict");
        Require.nonNull(level, "level");
        Require.that(level.isPresent() == (verdict == Verdict.NEEDS_APPROVAL), "level",
                "must be given exactly when the verdict is NEEDS_APPROVAL");
        checks = Require.noNulls(checks, "checks");
        Require.that(checks.stream().map(Check::kind).toList().equals(List.of(CheckKind.values())), "checks",
                "must list every check once, in the order " + List.of(CheckKind.values()));
        Require.nonNull(at, "at");
        trigger = Require.text(trigger, "trigger", 200);
    }

    /** Whether this decision says the same as another (verdict, level and checks), whenever and however made. */
    public boolean sameAs(Decision other) {
        return verdict == other.verdict && level.equals(other.level) && checks.equals(other.checks);
    }

    /** The check of one kind. */
    public Check check(CheckKind kind) {
        return checks.get(kind.ordinal());
    }
}
