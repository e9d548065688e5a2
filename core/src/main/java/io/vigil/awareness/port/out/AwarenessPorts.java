package io.vigil.awareness.port.out;

import io.vigil.kernel.Require;

/** The outbound ports of the awareness context (courses, completions, briefings, settings). */
public record AwarenessPorts(CourseCatalogue courses, CompletionLog completions, BriefingLog briefings,
                             AwarenessPolicyStore policies) {
    public AwarenessPorts {
        Require.nonNull(courses, "courses");
        Require.nonNull(completions, "completions");
        Require.nonNull(briefings, "briefings");
        Require.nonNull(policies, "policies");
    }
}
