package io.vigil.risk.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.List;

/** A visit of the site: when, by whom, and its findings against the checklist (at most {@value #MAX_FINDINGS}). */
public record SiteVisit(Instant at, String by, List<Finding> findings) {
    /** The most findings of one visit. */
    public static final int MAX_FINDINGS = 50;

    public SiteVisit {
        Require.nonNull(at, "at");
        by = Require.text(by, "by", 200);
        findings = Require.noNulls(findings, "findings");
        Require.that(!findings.isEmpty(), "findings", "must record at least one finding");
        Require.that(findings.size() <= MAX_FINDINGS, "findings", "must be at most " + MAX_FINDINGS);
    }
}
