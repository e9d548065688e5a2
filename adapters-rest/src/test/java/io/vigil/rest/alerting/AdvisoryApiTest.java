package io.vigil.rest.alerting;

import static io.vigil.rest.ApiFixture.ASSOCIATE;
import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.rest.ApiClient;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiTestBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdvisoryApiTest extends ApiTestBase {

    private static String advisory(String title, Map<String, Object> audience, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("message", "Avoid Paseo de la Reforma between the Ángel and the Zócalo");
        body.put("severity", "WARNING");
        body.put("audience", audience);
        body.put("channels", List.of("SMS", "EMAIL"));
        body.put("validFrom", from);
        body.put("validTo", to);
        return ApiClient.json(body);
    }

    private static Map<String, Object> everyone() {
        Map<String, Object> a = new HashMap<>();
        a.put("kind", "EVERYONE");
        a.put("area", List.of());
        return a;
    }

    private List<String> activeTitles(String token, String at) {
        List<String> titles = new ArrayList<>();
        api.get(token, "/api/v1/advisories/active?at=" + at).json().path("items")
                .forEach(a -> titles.add(a.path("title").asText()));
        return titles;
    }

    @Test
    void advisories_are_issued_read_by_everyone_acknowledged_once_and_expire() {
        Reply march = api.post(ASSOCIATE, "/api/v1/advisories", advisory("March on Reforma", everyone(),
                "2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z"));
        assertThat(march.status()).as(march.raw().body()).isEqualTo(201);
        assertThat(march.json().path("issuedBy").asText()).isEqualTo("associate");
        assertThat(activeTitles(STAFF, "2026-03-01T12:00:00Z")).contains("March on Reforma");
        assertThat(activeTitles(MANAGER, "2026-03-02T00:00:00Z")).doesNotContain("March on Reforma");
        String location = march.header("Location");
        Reply first = api.post(STAFF, location + "/acknowledgements", null);
        assertThat(first.status()).as(first.raw().body()).isEqualTo(200);
        Reply again = api.post(STAFF, location + "/acknowledgements", null);
        assertThat(again.json().path("acknowledgementCount").asInt()).isEqualTo(1);
        Reply noPerson = api.post(MANAGER, location + "/acknowledgements", null);
        assertThat(noPerson.status()).isEqualTo(409);
        assertThat(api.post(STAFF, "/api/v1/advisories", advisory("Nope", everyone(), "2026-03-01T00:00:00Z",
                "2026-03-02T00:00:00Z")).status()).isEqualTo(403);
        Reply changed = api.put(OFFICER, location, advisory("March on Reforma, extended", everyone(),
                "2026-03-01T00:00:00Z", "2026-03-03T00:00:00Z"), again.etag());
        assertThat(changed.json().path("acknowledgementCount").asInt()).as("kept across changes").isEqualTo(1);
        assertThat(api.delete(OFFICER, location, changed.etag()).status()).isEqualTo(204);
    }

    @Test
    void an_audience_must_carry_exactly_what_its_kind_needs() {
        Map<String, Object> zoneWithoutZone = everyone();
        zoneWithoutZone.put("kind", "ZONE");
        Reply r = api.post(ASSOCIATE, "/api/v1/advisories", advisory("Bad", zoneWithoutZone, "2026-03-01T00:00:00Z",
                "2026-03-02T00:00:00Z"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("errors").get(0).path("field").asText()).startsWith("audience");
        Map<String, Object> zone = new HashMap<>(zoneWithoutZone);
        zone.put("zone", "CDMX-SUR");
        Reply unknownZone = api.post(ASSOCIATE, "/api/v1/advisories", advisory("Zone", zone, "2026-03-01T00:00:00Z",
                "2026-03-02T00:00:00Z"));
        assertThat(unknownZone.status()).as("a zone the office does not have: nobody to send it to").isEqualTo(400);
        assertThat(unknownZone.json().path("errors").get(0).path("field").asText()).isEqualTo("audience.zone");
        assertThat(unknownZone.json().path("errors").get(0).path("message").asText())
                .isEqualTo("is not a warden zone of office MX-MEX: CDMX-SUR");
        Reply backwards = api.post(ASSOCIATE, "/api/v1/advisories", advisory("Backwards", everyone(),
                "2026-03-02T00:00:00Z", "2026-03-01T00:00:00Z"));
        assertThat(backwards.json().path("errors").get(0).path("field").asText()).isEqualTo("validTo");
    }
}
