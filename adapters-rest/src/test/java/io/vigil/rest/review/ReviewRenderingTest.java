package io.vigil.rest.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.review.domain.Chart;
import io.vigil.review.domain.Figure;
import io.vigil.review.domain.Finding;
import io.vigil.review.domain.ProgrammeReview;
import io.vigil.review.domain.ReviewPeriod;
import io.vigil.review.domain.ReviewSection;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** The HTML, SVG and PDF renderings of a review: escaped, well-formed, standalone, and the PDF's text read back. */
class ReviewRenderingTest {
    private static final String HOSTILE = "<script>alert(1)</script> & \"quoted\" 'single'";

    private static ProgrammeReview review() {
        ReviewSection s = new ReviewSection("incidents", "Incidents " + HOSTILE, "summary " + HOSTILE,
                List.of(Figure.count("incidents", "Incidents", List.of("a-1", "b-2")),
                        new Figure("rate", "Mean response rate", 64, Figure.Unit.PERCENT, List.of("a-1")),
                        Figure.money("amountCertified.MXN", "Amount certified in MXN", new BigDecimal("142170.00"),
                                Currency.getInstance("MXN"), List.of("inv-1"))),
                List.of(new Chart("byMonth", "Incidents by month", Figure.Unit.COUNT,
                        List.of(new Chart.Bar("2026-07", 2), new Chart.Bar("2026-08 " + HOSTILE, 0)))),
                List.of(new Finding("a-1", "finding " + HOSTILE, List.of())));
        return new ProgrammeReview(OfficeId.of("MX-MEX"), new ReviewPeriod(Instant.parse("2026-07-01T00:00:00Z"),
                Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-10-05T00:00:00Z")), true, List.of(s));
    }

    @Test
    void the_html_escapes_every_text_and_is_well_formed_xml_with_its_own_css_and_no_script() throws Exception {
        String html = ReviewHtml.render(review());
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;")
                .contains("<style>").doesNotContain("http://example", "<link", "src=")
                .contains("<td>Amount certified in MXN</td><td class=\"value\">142170.00 MXN</td>");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setNamespaceAware(true);
        assertThat(f.newDocumentBuilder().parse(new InputSource(new StringReader(html))).getDocumentElement()
                .getLocalName()).isEqualTo("html");
    }

    @Test
    void the_markdown_shows_an_amount_of_money_with_its_currency() {
        assertThat(io.vigil.review.domain.ReviewMarkdown.render(review()))
                .contains("| Amount certified in MXN | 142170.00 MXN | inv-1 |");
    }

    @Test
    void the_json_resource_gives_a_money_figure_its_currency_and_no_other_figure_one() {
        List<ProgrammeReviewResource.Figure> figures = ProgrammeReviewResource.from(review()).sections().get(0)
                .figures();
        assertThat(figures).extracting(ProgrammeReviewResource.Figure::currency).containsExactly(
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of("MXN"));
        assertThat(figures.get(2).value()).isEqualTo(14_217_000L);
        assertThat(figures.get(2).shown()).isEqualTo("142170.00 MXN");
        assertThat(figures.get(1).shown()).isEqualTo("64 %");
    }

    @Test
    void a_chart_is_an_svg_bar_per_value_scaled_to_the_largest() {
        String svg = ReviewSvg.render(review().sections().get(0).charts().get(0));
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        assertThat(svg.split("<rect", -1)).hasSize(3);
        assertThat(svg).contains("width=\"350\"", "width=\"0\"");
        assertThat(svg).doesNotContain("<script");
    }

    @Test
    void a_percentage_chart_is_scaled_to_100() {
        String svg = ReviewSvg.render(new Chart("rates", "Rates", Figure.Unit.PERCENT, List.of(new Chart.Bar("t", 50))));
        assertThat(svg).contains("width=\"175\"", "50 %");
    }

    @Test
    void the_pdf_reads_back_as_the_reviews_text() throws IOException {
        byte[] pdf = ReviewPdf.render(review());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Programme review: MX-MEX", "Mean response rate", "64 %", "Incidents by month",
                    "<script>alert(1)</script>", "2026-07", "Amount certified in MXN", "142170.00 MXN");
        }
    }
}
