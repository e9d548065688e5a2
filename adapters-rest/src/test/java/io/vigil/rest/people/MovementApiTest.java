package io.vigil.rest.people;

import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.STAFF;
import static io.vigil.rest.ApiFixture.WARDEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.rest.ApiClient;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiFixture;
import io.vigil.rest.ApiTestBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MovementApiTest extends ApiTestBase {
    private String newPerson(String given) {
        Reply r = api.post(OFFICER, "/api/v1/persons", ApiFixture.person(given, "Soto", "NATIONAL_STAFF"));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    private static Map<String, Object> point(double lat, double lon) {
        return Map.of("latitude", lat, "longitude", lon);
    }

    private static String residence(String occupant, double lat, double lon, String zone) {
        Map<String, Object> body = new HashMap<>();
        body.put("occupant", occupant);
        body.put("household", List.of());
        body.put("address", Map.of("street", "Av. Insurgentes Sur 1605", "district", "San José Insurgentes",
                "city", "Ciudad de México", "country", "MX"));
        body.put("location", point(lat, lon));
        body.put("wardenZone", zone);
        body.put("movedIn", "2025-06-01T00:00:00Z");
        return ApiClient.json(body);
    }

    private Reply createResidence(String occupant, double lat, double lon, String zone) {
        Reply r = api.post(OFFICER, "/api/v1/residences", residence(occupant, lat, lon, zone));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r;
    }

    @Test
    void staff_are_refused_another_persons_residence_but_read_their_own() {
        String other = newPerson("Iván");
        String location = createResidence(other, 19.37, -99.18, "Z-SUR").header("Location");
        Reply refused = api.get(STAFF, location);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asText())
                .contains("residence").contains("staff see only their own records");
        assertThat(api.get(STAFF, "/api/v1/persons/" + other + "/residences").status()).isEqualTo(403);

        String own = createResidence(fixture.staffPerson.toString(), 19.41, -99.16, "Z-SUR").header("Location");
        assertThat(api.get(STAFF, own).status()).isEqualTo(200);
    }

    @Test
    void wardens_read_residences_in_their_zone_only() {
        String north = createResidence(newPerson("Norma"), 19.48, -99.13, ApiFixture.ZONE.value())
                .header("Location");
        String south = createResidence(newPerson("Sara"), 19.30, -99.15, "Z-SUR").header("Location");
        assertThat(api.get(WARDEN, north).status()).isEqualTo(200);
        Reply refused = api.get(WARDEN, south);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("detail").asText()).contains("warden");
    }

    @Test
    void residence_with_bad_coordinates_is_400_naming_the_field() {
        String body = residence(newPerson("Olga"), 123.0, -99.1, null);
        Reply r = api.post(OFFICER, "/api/v1/residences", body);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(400);
        assertThat(r.json().path("errors").get(0).path("field").asText()).startsWith("location");
    }

    @Test
    void residence_reads_are_audited_and_only_the_officer_reads_the_trail() {
        String person = newPerson("Pablo");
        String location = createResidence(person, 19.36, -99.17, "Z-SUR").header("Location");
        api.get(STAFF, location);
        Reply trail = api.get(OFFICER, "/api/v1/audit?person=" + person);
        assertThat(trail.status()).isEqualTo(200);
        List<String> entries = new ArrayList<>();
        trail.json().path("items").forEach(e -> entries.add(e.path("actor").asText() + " "
                + e.path("action").asText() + " " + e.path("granted").asBoolean()));
        assertThat(entries).contains("lucia READ false", "officer CREATE true");
        assertThat(api.get(STAFF, "/api/v1/audit").status()).isEqualTo(403);
        assertThat(api.get(OFFICER, "/api/v1/audit?person=nope").status()).isEqualTo(400);
    }

    @Test
    void stays_are_recorded_refuse_overlaps_and_record_departures() {
        String person = newPerson("Raúl");
        Reply stay = api.post(OFFICER, "/api/v1/presences", ApiClient.json(Map.of("person", person,
                "arrival", "2026-02-01T10:00:00Z")));
        assertThat(stay.status()).as(stay.raw().body()).isEqualTo(201);
        Reply overlap = api.post(OFFICER, "/api/v1/presences", ApiClient.json(Map.of("person", person,
                "arrival", "2026-02-10T10:00:00Z")));
        assertThat(overlap.status()).isEqualTo(409);
        String location = stay.header("Location");
        assertThat(api.post(OFFICER, location + "/departure", "{}").status()).isEqualTo(428);
        Reply missing = api.send(OFFICER, "POST", location + "/departure", "{}", "application/json", stay.etag());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").get(0).path("field").asText()).isEqualTo("departure");
        Reply departed = api.send(OFFICER, "POST", location + "/departure",
                "{\"departure\":\"2026-02-20T08:00:00Z\"}", "application/json", stay.etag());
        assertThat(departed.status()).as(departed.raw().body()).isEqualTo(200);
        assertThat(departed.json().path("departure").asText()).isEqualTo("2026-02-20T08:00:00Z");
        assertThat(api.get(OFFICER, "/api/v1/persons/" + person + "/presences").json().path("items")).hasSize(1);
        Reply headcount = api.get(OFFICER, "/api/v1/locator/headcount?at=2026-02-05T00:00:00Z");
        assertThat(headcount.status()).isEqualTo(200);
        assertThat(headcount.json().path("total").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(api.get(OFFICER, "/api/v1/locator/headcount?at=yesterday").status()).isEqualTo(400);
    }

    @Test
    void each_hotel_stay_names_its_guests_and_the_locator_places_each_member_in_their_own_hotel() {
        String ines = newPerson("Ines");
        String jose = newPerson("Jose");
        Map<String, Object> geneve = Map.of("hotel", Map.of("name", "Hotel Geneve", "point", point(19.424, -99.163)),
                "checkIn", "2026-05-01T20:00:00Z", "checkOut", "2026-05-03T13:00:00Z", "guests", List.of(ines));
        Map<String, Object> puebla = Map.of("hotel", Map.of("name", "Hotel Puebla", "point", point(19.041, -98.206)),
                "checkIn", "2026-05-01T20:00:00Z", "checkOut", "2026-05-03T13:00:00Z", "guests", List.of(jose));
        Map<String, Object> together = Map.of("hotel", Map.of("name", "Hotel Roma", "point", point(19.415, -99.160)),
                "checkIn", "2026-05-03T14:00:00Z", "checkOut", "2026-05-04T10:00:00Z");
        Reply created = api.post(OFFICER, "/api/v1/missions", ApiClient.json(Map.of("name", "Split mission",
                "members", List.of(ines, jose), "legs", List.of(), "stays", List.of(geneve, puebla, together))));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        JsonNode stays = api.get(OFFICER, created.header("Location")).json().path("stays");
        assertThat(stays.get(0).path("guests").toString()).isEqualTo("[\"" + ines + "\"]");
        assertThat(stays.get(1).path("guests").toString()).isEqualTo("[\"" + jose + "\"]");
        assertThat(stays.get(2).path("guests").toString()).as("no guests named: every member")
                .isEqualTo("[\"" + ines + "\",\"" + jose + "\"]");

        String centre = ApiClient.json(Map.of("area", List.of(point(19.40, -99.18), point(19.40, -99.14),
                point(19.44, -99.14), point(19.44, -99.18)), "from", "2026-05-02T00:00:00Z",
                "to", "2026-05-02T12:00:00Z"));
        Reply found = api.post(OFFICER, "/api/v1/locator/search", centre);
        assertThat(found.status()).as(found.raw().body()).isEqualTo(200);
        List<String> placed = new ArrayList<>();
        for (JsonNode hit : found.json().path("hits")) {
            placed.add(hit.path("person").asText());
        }
        assertThat(placed).contains(ines).doesNotContain(jose);

        Reply stranger = api.post(OFFICER, "/api/v1/missions", ApiClient.json(Map.of("name", "Bad stay",
                "members", List.of(ines), "legs", List.of(), "stays", List.of(puebla))));
        assertThat(stranger.status()).as(stranger.raw().body()).isEqualTo(400);
        assertThat(stranger.json().path("errors").get(0).path("field").asText()).isEqualTo("stays.guests");
    }

    @Test
    void missions_with_itineraries_are_found_by_the_locator() {
        String member = newPerson("Teresa");
        Map<String, Object> leg = Map.of("mode", "ROAD",
                "from", Map.of("name", "Hotel Geneve", "point", point(19.424, -99.163)),
                "to", Map.of("name", "Puebla office", "point", point(19.041, -98.206)),
                "departure", "2026-03-02T14:00:00Z", "arrival", "2026-03-02T16:30:00Z");
        Map<String, Object> stay = Map.of("hotel", Map.of("name", "Hotel Geneve", "point", point(19.424, -99.163)),
                "checkIn", "2026-03-01T20:00:00Z", "checkOut", "2026-03-02T13:00:00Z");
        String body = ApiClient.json(Map.of("name", "Supervision mission", "purpose", "Portfolio review",
                "members", List.of(member), "legs", List.of(leg), "stays", List.of(stay)));
        Reply created = api.post(OFFICER, "/api/v1/missions", body);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(api.get(OFFICER, "/api/v1/missions?limit=10").json().path("total").asLong()).isPositive();
        assertThat(api.get(OFFICER, "/api/v1/persons/" + member + "/missions").json().path("items")).hasSize(1);

        String search = ApiClient.json(Map.of("area", List.of(point(19.40, -99.18), point(19.40, -99.14),
                point(19.44, -99.14), point(19.44, -99.18)), "from", "2026-03-01T00:00:00Z",
                "to", "2026-03-03T00:00:00Z"));
        Reply found = api.post(OFFICER, "/api/v1/locator/search", search);
        assertThat(found.status()).as(found.raw().body()).isEqualTo(200);
        List<String> reasons = new ArrayList<>();
        for (JsonNode hit : found.json().path("hits")) {
            if (hit.path("person").asText().equals(member)) {
                reasons.add(hit.path("reason").asText());
            }
        }
        assertThat(reasons).contains("HOTEL_STAY", "ITINERARY_LEG");

        Reply tooSmall = api.post(OFFICER, "/api/v1/locator/search", ApiClient.json(Map.of(
                "area", List.of(point(19.4, -99.1)), "from", "2026-03-01T00:00:00Z", "to", "2026-03-03T00:00:00Z")));
        assertThat(tooSmall.status()).isEqualTo(400);
        assertThat(tooSmall.json().path("errors").get(0).path("field").asText()).isEqualTo("area");
        assertThat(api.post(STAFF, "/api/v1/locator/search", search).status()).isEqualTo(403);

        String location = created.header("Location");
        assertThat(api.delete(OFFICER, location, created.etag()).status()).isEqualTo(204);
        assertThat(api.get(OFFICER, location).status()).isEqualTo(404);
    }

    @Test
    void positions_are_reported_and_read_back() {
        String person = fixture.staffPerson.toString();
        Reply reported = api.post(STAFF, "/api/v1/positions", ApiClient.json(Map.of("person", person,
                "position", point(19.43, -99.13), "at", "2026-03-01T11:55:00Z", "source", "app")));
        assertThat(reported.status()).as(reported.raw().body()).isEqualTo(201);
        Reply last = api.get(STAFF, "/api/v1/persons/" + person + "/position");
        assertThat(last.status()).isEqualTo(200);
        assertThat(last.json().path("source").asText()).isEqualTo("app");
        Reply future = api.post(STAFF, "/api/v1/positions", ApiClient.json(Map.of("person", person,
                "position", point(19.43, -99.13), "at", "2026-03-02T12:00:00Z", "source", "app")));
        assertThat(future.status()).isEqualTo(400);
    }
}
