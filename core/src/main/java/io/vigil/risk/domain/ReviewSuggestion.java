package io.vigil.risk.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.List;

/**
 * Why an assessment's review is suggested before its due date, and when it was suggested: for
 * instance a trend of incidents of one category in its area, each cited by its id.
 */
public record ReviewSuggestion(Instant at, String reason, List<String> citing) {
    /** The most items one suggestion cites. */
    public static final int MAX_CITED = 100;

    public ReviewSuggestion {
        Require.nonNull(at, "at");
        reason = Require.text(reason, "reason", 500);
        citing = Require.noNulls(citing, "citing").stream().map(c -> Require.text(c, "citing", 100)).toList();
        Require.that(citing.size() <= MAX_CITED, "citing", "must be at most " + MAX_CITED);
    }
}
