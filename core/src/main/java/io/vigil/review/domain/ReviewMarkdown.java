package io.vigil.review.domain;

import io.vigil.kernel.time.LocalTimes;
import java.util.stream.Collectors;

/**
 * A review as Markdown: a heading per section, its summary, a table of figures with the ids of the
 * records each counts, each chart as a table, and the findings when the review has them. The period's
 * instants are written in the office's local time, the zone named ({@link LocalTimes}). Every text
 * from a record is escaped, so a title cannot open a link, a table cell or a heading.
 */
public final class ReviewMarkdown {

    private ReviewMarkdown() {
    }

    /** The review as a Markdown document. */
    public static String render(ProgrammeReview review) {
        StringBuilder out = new StringBuilder();
        ReviewPeriod p = review.period();
        out.append("# Programme review: ").append(escape(review.office().value())).append("\n\n");
        out.append("Period ").append(LocalTimes.format(p.from(), p.zone())).append(" to ")
                .append(LocalTimes.format(p.to(), p.zone())).append(", as of ")
                .append(LocalTimes.format(p.asOf(), p.zone()))
                .append(review.detailed() ? ". Full review (security roles)." : ". Figures only (no personal data).")
                .append("\n");
        for (ReviewSection s : review.sections()) {
            out.append("\n## ").append(escape(s.title())).append("\n\n");
            if (!s.summary().isBlank()) {
                out.append(escape(s.summary())).append("\n\n");
            }
            out.append("| Figure | Value | Records |\n|---|---:|---|\n");
            for (Figure f : s.figures()) {
                out.append("| ").append(escape(f.label())).append(" | ").append(f.shown()).append(" | ")
                        .append(f.records().isEmpty() ? "none" : f.records().stream().map(ReviewMarkdown::escape)
                                .collect(Collectors.joining(", "))).append(" |\n");
            }
            for (Chart c : s.charts()) {
                out.append("\n**").append(escape(c.title())).append("**\n\n| | Value |\n|---|---:|\n");
                for (Chart.Bar b : c.bars()) {
                    out.append("| ").append(escape(b.label())).append(" | ")
                            .append(Figure.shown(b.value(), c.unit()))
                            .append(" |\n");
                }
            }
            if (!s.findings().isEmpty()) {
                out.append("\n");
                for (Finding f : s.findings()) {
                    out.append("- ").append(escape(f.record())).append(": ").append(escape(f.text())).append("\n");
                }
            }
        }
        return out.toString();
    }

    /** Text with every Markdown and HTML metacharacter backslash-escaped, and line breaks made spaces. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '&') {
                out.append("&amp;");
            } else {
                if ("\\`*_[]|~".indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
