package io.vigil.crisis.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * A communication test or a telephone-tree drill of the alerting context run as part of a drill:
 * its id there (and the tree's, for a tree drill) and its score when last read.
 */
public record AlertingRun(Kind kind, String run, Optional<String> tree, Optional<Score> score) {
    /** Which alerting exercise ran. */
    public enum Kind { COMMUNICATION_TEST, PHONE_TREE_DRILL }

    /** The score kept: how many were asked, how many answered or were reached, and the verdict. */
    public record Score(int audience, int reached, boolean targetMet, String verdict, Instant scoredAt) {
        public Score {
            Require.that(audience >= 0 && reached >= 0 && reached <= audience, "reached",
                    "must be between 0 and the audience");
            verdict = Require.text(verdict, "verdict", 500);
            Require.nonNull(scoredAt, "scoredAt");
        }
    }

    public AlertingRun {
        Require.nonNull(kind, "kind");
        run = Require.text(run, "run", 64);
        Require.nonNull(tree, "tree");
        Require.that(tree.isPresent() == (kind == Kind.PHONE_TREE_DRILL), "tree",
                "must be given exactly for a phone-tree drill");
        Require.nonNull(score, "score");
    }

    /** The run with its score as read now. */
    public AlertingRun scored(Score s) {
        return new AlertingRun(kind, run, tree, Optional.of(s));
    }
}
