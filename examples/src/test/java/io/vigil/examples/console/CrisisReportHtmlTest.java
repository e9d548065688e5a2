package io.vigil.examples.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The after-action report's Markdown as the drill's page shows it: rendered, with raw HTML escaped. */
class CrisisReportHtmlTest {

    @Test
    @DisplayName("headings and emphasis are rendered; a script, an event handler and a javascript: link are not")
    void markdown_is_rendered_safely() {
        String html = CrisisScreen.html("# Report\n\n**met** <script>alert(1)</script>\n\n"
                + "<img src=x onerror=alert(2)>\n\n[link](javascript:alert(3))\n");
        assertThat(html).contains("<h1>Report</h1>", "<strong>met</strong>", "&lt;script&gt;alert(1)&lt;/script&gt;",
                "&lt;img src=x onerror=alert(2)&gt;").doesNotContain("<script", "<img", "javascript:");
    }

    @Test
    @DisplayName("a table's lines stay lines: each soft line break is a line break")
    void lines_kept() {
        assertThat(CrisisScreen.html("| a | b |\n|---|---|\n")).isEqualTo("<p>| a | b |<br>\n|---|---|</p>\n");
    }

    @Test
    @DisplayName("amounts are grouped by thousands with two decimals, differences signed, hours without trailing zeros")
    void amounts() {
        assertThat(GuardScreen.amount(new java.math.BigDecimal("47120"))).isEqualTo("47,120.00");
        assertThat(GuardScreen.amount(new java.math.BigDecimal("0.1234"))).isEqualTo("0.1234");
        assertThat(GuardScreen.signed(new java.math.BigDecimal("1472.50"))).isEqualTo("+1,472.50");
        assertThat(GuardScreen.signed(new java.math.BigDecimal("-2"))).isEqualTo("-2.00");
        assertThat(GuardScreen.hours(new java.math.BigDecimal("480.50"))).isEqualTo("480.5");
        assertThat(GuardScreen.signedHours(new java.math.BigDecimal("-2.00"))).isEqualTo("-2");
        assertThat(GuardScreen.signedHours(java.math.BigDecimal.ZERO)).isEqualTo("0");
    }
}
