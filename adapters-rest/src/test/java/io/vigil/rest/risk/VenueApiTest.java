package io.vigil.rest.risk;

import static io.vigil.rest.ApiFixture.ASSOCIATE;
import static io.vigil.rest.ApiFixture.MANAGER;
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

class VenueApiTest extends ApiTestBase {
    private static String venue(String name, int rating, boolean approved, String validUntil) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "HOTEL");
        body.put("address", "Paseo de la Reforma 1");
        body.put("location", Map.of("latitude", 19.43, "longitude", -99.16));
        body.put("rating", rating);
        body.put("findings", List.of("24/7 guards at the entrance"));
        body.put("approvedForStaff", approved);
        body.put("assessedAt", "2026-01-10T00:00:00Z");
        body.put("validUntil", validUntil);
        return ApiClient.json(body);
    }

    @Test
    void venues_are_assessed_listed_and_lapse() {
        Reply ok = api.post(ASSOCIATE, "/api/v1/venues", venue("Hotel Reforma", 4, true, "2027-01-10T00:00:00Z"));
        assertThat(ok.status()).as(ok.raw().body()).isEqualTo(201);
        assertThat(ok.json().path("assessedBy").asText()).isEqualTo("associate");
        assertThat(ok.json().path("usableNow").asBoolean()).isTrue();
        Reply lapsed = api.post(ASSOCIATE, "/api/v1/venues", venue("Old Hotel", 3, true, "2026-02-10T00:00:00Z"));
        assertThat(lapsed.json().path("usableNow").asBoolean()).isFalse();
        Reply expired = api.get(MANAGER, "/api/v1/venues/expired");
        List<String> names = new ArrayList<>();
        expired.json().path("items").forEach(v -> names.add(v.path("name").asText()));
        assertThat(names).containsExactly("Old Hotel");
        assertThat(api.get(MANAGER, "/api/v1/venues").json().path("total").asLong()).isEqualTo(2);
        assertThat(api.get(STAFF, "/api/v1/venues").status()).isEqualTo(403);
    }

    @Test
    void a_venue_is_read_reassessed_and_deleted_with_etags() {
        Reply created = api.post(ASSOCIATE, "/api/v1/venues", venue("Cantina", 3, false, "2027-01-10T00:00:00Z"));
        String location = created.header("Location");
        assertThat(api.get(MANAGER, location).json().path("approvedForStaff").asBoolean()).isFalse();
        Reply reassessed = api.put(ASSOCIATE, location, venue("Cantina", 4, true, "2027-06-10T00:00:00Z"),
                created.etag());
        assertThat(reassessed.json().path("usableNow").asBoolean()).isTrue();
        assertThat(api.delete(ASSOCIATE, location, reassessed.etag()).status()).isEqualTo(204);
    }

    @Test
    void a_bad_rating_or_validity_is_a_400_naming_the_field() {
        Reply rating = api.post(ASSOCIATE, "/api/v1/venues", venue("Bad", 9, true, "2027-01-10T00:00:00Z"));
        assertThat(rating.status()).isEqualTo(400);
        assertThat(rating.json().path("errors").get(0).path("field").asText()).isEqualTo("rating");
        Reply validity = api.post(ASSOCIATE, "/api/v1/venues", venue("Bad", 3, true, "2025-01-10T00:00:00Z"));
        assertThat(validity.json().path("errors").get(0).path("field").asText()).isEqualTo("validUntil");
        assertThat(api.post(MANAGER, "/api/v1/venues", venue("Nope", 3, true, "2027-01-10T00:00:00Z")).status())
                .isEqualTo(403);
    }
}
