package io.vigil.review.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import java.util.List;

/**
 * The periodic programme review of an office: one section per context, in a fixed order, for a
 * period as of an instant. {@code detailed} says whether the findings were shown (security roles)
 * or withheld (a manager's review: figures and record ids only).
 */
public record ProgrammeReview(OfficeId office, ReviewPeriod period, boolean detailed, List<ReviewSection> sections) {
    public ProgrammeReview {
        Require.nonNull(office, "office");
        Require.nonNull(period, "period");
        sections = Require.noNulls(sections, "sections");
        Require.that(detailed || sections.stream().allMatch(s -> s.findings().isEmpty()), "sections",
                "a review without details holds no findings");
    }

    /** The section of that key. */
    public ReviewSection section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + key));
    }
}
