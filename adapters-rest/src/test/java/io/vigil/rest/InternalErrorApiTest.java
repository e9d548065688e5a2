package io.vigil.rest;

import static io.vigil.rest.ApiFixture.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.people.RosterImporter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A programming error is the server's fault: a 500 with a correlation id to find it in the log, nothing more. */
class InternalErrorApiTest extends ApiTestBase {

    @Override
    protected Optional<RosterImporter> importer() {
        return Optional.of((actor, csv) -> {
            throw new NullPointerException("rosterParser is null in the secret internals");
        });
    }

    @Test
    void a_programming_error_is_a_500_with_a_correlation_id_and_no_detail_of_the_failure() {
        Reply r = api.send(OFFICER, "POST", "/api/v1/persons/import", "givenName,familyName\nAna,Ruiz\n",
                "text/csv", null);
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        String correlationId = r.json().path("correlationId").asText();
        assertThat(correlationId).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(r.json().path("detail").asText()).contains(correlationId);
        assertThat(r.json().path("errors")).isEmpty();
        assertThat(r.raw().body()).doesNotContain("NullPointerException").doesNotContain("secret")
                .doesNotContain("java.").doesNotContain("at io.vigil");
    }

    @Test
    void two_failures_have_two_correlation_ids() {
        Reply first = api.send(OFFICER, "POST", "/api/v1/persons/import", "a\n", "text/csv", null);
        Reply second = api.send(OFFICER, "POST", "/api/v1/persons/import", "a\n", "text/csv", null);
        assertThat(first.json().path("correlationId").asText())
                .isNotEqualTo(second.json().path("correlationId").asText());
    }
}
