package io.vigil.review.domain;

import io.vigil.kernel.Require;
import java.util.List;

/** A bar chart of a review, in order: a trend of response rates, incidents by month. */
public record Chart(String key, String title, Figure.Unit unit, List<Bar> bars) {
    /** The most bars one chart draws. */
    public static final int MAX_BARS = 400;

    public Chart {
        key = Require.text(key, "key", 80);
        title = Require.text(title, "title", 200);
        Require.nonNull(unit, "unit");
        Require.that(unit != Figure.Unit.MONEY, "unit", "must not be MONEY: a chart draws counts, rates and times");
        bars = Require.noNulls(bars, "bars");
        Require.that(bars.size() <= MAX_BARS, "bars", "must be at most " + MAX_BARS);
    }

    /** One bar: its label (a month, a test's date) and value. */
    public record Bar(String label, long value) {
        public Bar {
            label = Require.text(label, "label", 80);
            Require.that(value >= 0, "value", "must not be negative");
        }
    }
}
