package io.vigil.risk.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * A condition of an approval: its number in the project, the phase whose advice set it, what it
 * asks, and, once met, how it was closed (the evidence, when, by whom).
 */
public record ProjectCondition(int number, String phase, String text, Optional<Closure> closure) {
    public ProjectCondition {
        Require.that(number >= 1, "number", "must be at least 1");
        phase = Require.text(phase, "phase", 100);
        text = Require.text(text, "text", 1000);
        Require.nonNull(closure, "closure");
    }

    /** How a condition was closed. */
    public record Closure(String evidence, Instant at, String by) {
        public Closure {
            evidence = Require.text(evidence, "evidence", 500);
            Require.nonNull(at, "at");
            by = Require.text(by, "by", 200);
        }
    }

    /** Whether it is still open. */
    public boolean open() {
        return closure.isEmpty();
    }

    /** How the condition reads in a refusal: "condition 2 (design): ...". */
    public String describe() {
        return "condition " + number + " (" + phase + "): " + text;
    }
}
