package io.vigil.rest.review;

import io.vigil.review.domain.Chart;
import io.vigil.review.domain.Figure;

/**
 * A review's chart as a standalone SVG bar chart (drawn on the server, so the HTML and the PDF show
 * the same picture without a script): one labelled bar per value, scaled to the largest (to 100 for
 * a percentage).
 */
public final class ReviewSvg {
    private static final int BAR = 28;
    private static final int GAP = 8;
    private static final int LABEL = 150;
    private static final int WIDTH = 560;

    private ReviewSvg() {
    }

    /** The chart as an SVG document (its texts escaped), to stand alone or inline in HTML. */
    public static String render(Chart chart) {
        long max = chart.unit() == Figure.Unit.PERCENT ? 100
                : Math.max(1, chart.bars().stream().mapToLong(Chart.Bar::value).max().orElse(1));
        int rows = Math.max(1, chart.bars().size());
        int height = rows * (BAR + GAP) + GAP;
        int room = WIDTH - LABEL - 60;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(ReviewHtml.escape(chart.title())).append("\">");
        if (chart.bars().isEmpty()) {
            svg.append("<text x=\"0\" y=\"").append(BAR / 2 + GAP).append("\" font-size=\"13\">nothing to show</text>");
        }
        int y = GAP;
        for (Chart.Bar b : chart.bars()) {
            long w = Math.round((double) Math.min(b.value(), max) / max * room);
            svg.append("<text x=\"0\" y=\"").append(y + BAR * 2 / 3).append("\" font-size=\"13\">")
                    .append(ReviewHtml.escape(b.label())).append("</text>");
            svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(w)
                    .append("\" height=\"").append(BAR).append("\" fill=\"#2b6cb0\"/>");
            svg.append("<text x=\"").append(LABEL + w + 6).append("\" y=\"").append(y + BAR * 2 / 3)
                    .append("\" font-size=\"13\">").append(ReviewHtml.escape(Figure.shown(b.value(), chart.unit())))
                    .append("</text>");
            y += BAR + GAP;
        }
        return svg.append("</svg>").toString();
    }

}
