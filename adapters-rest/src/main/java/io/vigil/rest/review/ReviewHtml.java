package io.vigil.rest.review;

import io.vigil.kernel.time.LocalTimes;
import io.vigil.review.domain.Chart;
import io.vigil.review.domain.Figure;
import io.vigil.review.domain.Finding;
import io.vigil.review.domain.ProgrammeReview;
import io.vigil.review.domain.ReviewPeriod;
import io.vigil.review.domain.ReviewSection;

/**
 * A review as one standalone XHTML page (its own CSS, no script, no external resource), every text
 * escaped; well-formed XML, so the PDF renderer reads the same page. Charts are inline SVG. The period's
 * instants are written in the office's local time, the zone named ({@link LocalTimes}).
 */
public final class ReviewHtml {
    private static final String CSS = "body{font-family:Helvetica,Arial,sans-serif;color:#1a202c;margin:2em;}"
            + "h1{font-size:22px;}h2{font-size:17px;border-bottom:1px solid #cbd5e0;margin-top:1.6em;}"
            + "table{border-collapse:collapse;margin:0.6em 0;}td,th{border:1px solid #cbd5e0;padding:3px 8px;"
            + "text-align:left;vertical-align:top;font-size:12px;}td.value{text-align:right;white-space:nowrap;}"
            + "td.records{font-family:monospace;font-size:9px;word-break:break-all;max-width:300px;}"
            + ".summary{font-style:italic;}.chart{margin:0.6em 0;}.note{color:#4a5568;font-size:12px;}";

    private ReviewHtml() {
    }

    /** The review as an XHTML document. */
    public static String render(ProgrammeReview review) {
        ReviewPeriod p = review.period();
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>")
                .append("<meta charset=\"utf-8\"/><title>Programme review ").append(escape(review.office().value()))
                .append("</title><style>").append(CSS).append("</style></head><body>");
        out.append("<h1>Programme review: ").append(escape(review.office().value())).append("</h1>");
        out.append("<p class=\"note\">Period ").append(escape(LocalTimes.format(p.from(), p.zone()))).append(" to ")
                .append(escape(LocalTimes.format(p.to(), p.zone()))).append(", as of ")
                .append(escape(LocalTimes.format(p.asOf(), p.zone()))).append(review.detailed() ? ". Full review (security roles)."
                        : ". Figures only (no personal data).").append("</p>");
        for (ReviewSection s : review.sections()) {
            out.append("<h2>").append(escape(s.title())).append("</h2>");
            if (!s.summary().isBlank()) {
                out.append("<p class=\"summary\">").append(escape(s.summary())).append("</p>");
            }
            out.append("<table><thead><tr><th>Figure</th><th>Value</th><th>Records</th></tr></thead><tbody>");
            for (Figure f : s.figures()) {
                out.append("<tr><td>").append(escape(f.label())).append("</td><td class=\"value\">")
                        .append(escape(f.shown())).append("</td><td class=\"records\">")
                        .append(f.records().isEmpty() ? "none" : escape(String.join(", ", f.records())))
                        .append("</td></tr>");
            }
            out.append("</tbody></table>");
            for (Chart c : s.charts()) {
                out.append("<div class=\"chart\"><p><strong>").append(escape(c.title())).append("</strong></p>")
                        .append(ReviewSvg.render(c)).append("</div>");
            }
            if (!s.findings().isEmpty()) {
                out.append("<ul>");
                for (Finding f : s.findings()) {
                    out.append("<li><code>").append(escape(f.record())).append("</code>: ").append(escape(f.text()))
                            .append("</li>");
                }
                out.append("</ul>");
            }
        }
        return out.append("</body></html>\n").toString();
    }

    /** Text escaped for XHTML content and attribute values; characters XML forbids are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                            || c >= 0x10000 && c <= 0x10FFFF) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
