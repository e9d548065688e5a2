package io.vigil.review.domain;

import io.vigil.kernel.Require;
import java.util.List;

/**
 * One context's part of a review: its figures, charts, a one-line summary (no personal data) and
 * its findings (the details for security roles; empty in a review made without them).
 */
public record ReviewSection(String key, String title, String summary, List<Figure> figures, List<Chart> charts,
                            List<Finding> findings) {
    public ReviewSection {
        key = Require.text(key, "key", 80);
        title = Require.text(title, "title", 200);
        summary = Require.nonNull(summary, "summary");
        figures = Require.noNulls(figures, "figures");
        charts = Require.noNulls(charts, "charts");
        findings = Require.noNulls(findings, "findings");
    }

    /** The same section without its findings. */
    public ReviewSection withoutFindings() {
        return new ReviewSection(key, title, summary, figures, charts, List.of());
    }

    /** The figure of that key. */
    public Figure figure(String figureKey) {
        return figures.stream().filter(f -> f.key().equals(figureKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figure " + figureKey + " in section " + key));
    }
}
