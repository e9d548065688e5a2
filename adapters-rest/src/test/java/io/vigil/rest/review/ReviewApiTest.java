package io.vigil.rest.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.rest.ApiClient;
import io.vigil.rest.RestApi;
import io.vigil.rest.RestApiSettings;
import io.vigil.rest.StaticBearerTokens;
import io.vigil.testkit.review.QuarterFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The programme review over HTTP, on the hand-worked quarter: JSON, Markdown, HTML, PDF, bad input, denials. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewApiTest {
    private static final String Q3 = "?from=2026-07-01T00:00:00Z&to=2026-10-01T00:00:00Z&asOf=2026-10-05T00:00:00Z";
    private final QuarterFixture quarter = QuarterFixture.seeded();
    private RestApi api;
    private ApiClient client;

    @BeforeAll
    void start() {
        api = new RestApi(new RestApiSettings("127.0.0.1", 0, Optional.empty()), new StaticBearerTokens(Map.of(
                "officer", Actor.of("officer", QuarterFixture.OFFICE, Role.SECURITY_OFFICER),
                "manager", Actor.of("com", QuarterFixture.OFFICE, Role.MANAGER),
                "staff", Actor.staff("ana", QuarterFixture.OFFICE, quarter.ana()),
                "soc", Actor.of("soc", QuarterFixture.OFFICE, Role.SOC_OPERATOR))),
                List.of(new ReviewApi(quarter.vigil().review()))).start();
        client = new ApiClient(api.port());
    }

    @AfterAll
    void stop() {
        api.close();
    }

    private static JsonNode figure(JsonNode review, String section, String key) {
        JsonNode s = StreamSupport.stream(review.get("sections").spliterator(), false)
                .filter(n -> n.get("key").asText().equals(section)).findFirst().orElseThrow();
        return StreamSupport.stream(s.get("figures").spliterator(), false)
                .filter(n -> n.get("key").asText().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void the_json_carries_each_figure_with_the_ids_of_the_records_it_counts() {
        ApiClient.Reply r = client.get("officer", "/api/v1/review" + Q3);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("detailed").asBoolean()).isTrue();
        JsonNode incidents = figure(r.json(), "incidents", "incidents");
        assertThat(incidents.get("value").asLong()).isEqualTo(3);
        assertThat(StreamSupport.stream(incidents.get("records").spliterator(), false).map(JsonNode::asText))
                .containsExactlyInAnyOrderElementsOf(quarter.quarterIncidents().stream().map(i -> i.id().toString())
                        .toList());
        assertThat(figure(r.json(), "communication", "meanResponseRate").get("unit").asText()).isEqualTo("PERCENT");
    }

    @Test
    void a_managers_review_has_the_figures_and_no_finding_nor_name_in_any_form() throws IOException {
        ApiClient.Reply json = client.get("manager", "/api/v1/review" + Q3);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().get("detailed").asBoolean()).isFalse();
        assertThat(figure(json.json(), "crisis", "actionsOverdue").get("value").asLong()).isEqualTo(1);
        assertThat(json.json().get("sections")).allSatisfy(s -> assertThat(s.get("findings")).isEmpty());
        for (String form : List.of("", ".md", ".html")) {
            assertThat(client.get("manager", "/api/v1/review" + form + Q3).raw().body())
                    .doesNotContain(QuarterFixture.OWNER_NAME, "Okafor", "Add a sounder");
        }
        assertThat(pdfText("manager")).doesNotContain(QuarterFixture.OWNER_NAME, "Add a sounder")
                .contains("Incidents");
        assertThat(client.get("officer", "/api/v1/review.md" + Q3).raw().body()).contains("Add a sounder on floor 3");
    }

    @Test
    void markdown_and_html_are_served_with_their_media_types_and_the_html_draws_its_charts_in_svg() {
        ApiClient.Reply md = client.get("officer", "/api/v1/review.md" + Q3);
        assertThat(md.contentType()).startsWith("text/markdown");
        assertThat(md.raw().body()).contains("## Incidents", "| Incidents | 3 |", "**Incidents by month**");
        ApiClient.Reply html = client.get("officer", "/api/v1/review.html" + Q3);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.raw().headers().allValues("Content-Security-Policy")).as("its own CSS, nothing else")
                .containsExactly("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
        assertThat(html.raw().body()).startsWith("<!DOCTYPE html>").contains("<style>", "<svg",
                "Incidents by month", "Response rate of each test and roll-call").doesNotContain("<script");
    }

    @Test
    void the_pdf_parsed_back_holds_the_sections_figures_and_chart_titles() throws IOException {
        String text = pdfText("officer");
        assertThat(text).contains("Programme review: MX-MEX", "Incidents", "Communication tests, roll-calls and advisories",
                "Crisis plan and drills", "Mean response rate", "75 %", "Incidents by month",
                "3 incidents against 1 in the period before (up 2)");
        assertThat(text.replaceAll("\\s+", " ")).contains("1 drills held, 3 actions, 1 done, 1 overdue");
    }

    @Test
    void bad_periods_are_400_problems_naming_every_field_and_never_a_500() {
        ApiClient.Reply none = client.get("officer", "/api/v1/review");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.raw().body()).contains("from", "to").doesNotContain("Exception", "io.vigil");
        ApiClient.Reply garbled = client.get("officer", "/api/v1/review.pdf?from=yesterday&to=2026-13-01&asOf=x");
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.contentType()).startsWith("application/problem+json");
        assertThat(garbled.raw().body()).contains("from", "to", "asOf");
        ApiClient.Reply long_ = client.get("officer", "/api/v1/review.html?from=2025-01-01T00:00:00Z"
                + "&to=2026-10-01T00:00:00Z");
        assertThat(long_.status()).isEqualTo(400);
        assertThat(long_.raw().body()).contains("366");
        ApiClient.Reply future = client.get("officer", "/api/v1/review.md?from=2026-10-01T00:00:00Z"
                + "&to=2026-12-01T00:00:00Z");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.raw().body()).contains("asOf", "future");
    }

    @Test
    void staff_and_the_soc_are_refused_and_no_token_is_401() {
        for (String token : List.of("staff", "soc")) {
            ApiClient.Reply r = client.get(token, "/api/v1/review.pdf" + Q3);
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        assertThat(client.get(null, "/api/v1/review" + Q3).status()).isEqualTo(401);
    }

    private String pdfText(String token) throws IOException {
        HttpResponse<byte[]> r;
        try {
            r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port()
                    + "/api/v1/review.pdf" + Q3)).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/pdf"));
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
