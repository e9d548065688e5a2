package io.vigil.rest.alerting;

import static io.vigil.rest.ApiFixture.INTEGRATION;
import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICE;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.SOC;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PeopleData;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.PositionDetails;
import io.vigil.people.port.in.PresenceDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The affected set over HTTP: every reason as a list, residents abroad apart, the places as GeoJSON, answers on behalf. */
class RollCallAffectedApiTest extends ApiTestBase {
    /** Each test places its persons around a longitude of its own, as the fixture is shared. */
    private double longitude;
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private int phones;

    private PersonId resident(String given, double lat) {
        PersonId id = fixture.useCases.persons().register(officer, new PersonDetails(given, "Roll",
                PersonCategory.INTERNATIONAL_STAFF, "IBRD", null, List.of(new ContactChannel(ChannelKind.PHONE,
                        "+52 55 4444 10" + (10 + phones++), "mobile")), List.of(), null, null)).person().id();
        fixture.useCases.residences().create(officer, new ResidenceDetails(id, List.of(), new Address("Calle 2", "",
                "Ciudad de México", "Mexico"), new GeoPoint(lat, longitude), null,
                fixture.clock.instant().minus(Duration.ofDays(10)), null));
        return id;
    }

    private JsonNode person(JsonNode rollCall, PersonId who) {
        for (JsonNode p : rollCall.path("persons")) {
            if (p.path("person").asText().equals(who.toString())) {
                return p;
            }
        }
        throw new AssertionError(who + " is not on the roll-call");
    }

    private String start() {
        double w = longitude - 0.1;
        double e = longitude + 0.1;
        String area = "[{\"latitude\":19.30,\"longitude\":" + w + "},{\"latitude\":19.30,\"longitude\":" + e
                + "},{\"latitude\":19.60,\"longitude\":" + e + "},{\"latitude\":19.60,\"longitude\":" + w + "}]";
        Reply started = api.post(OFFICER, "/api/v1/roll-calls", "{\"description\":\"Earthquake\",\"outline\":" + area
                + ",\"channels\":[\"SMS\"]}");
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        return started.header("Location");
    }

    @Test
    void a_person_shows_every_reason_as_a_list_and_residents_abroad_are_listed_apart() {
        longitude = -97.0;
        Instant now = fixture.clock.instant();
        PersonId ana = resident("Ana", 19.40);
        PersonId away = resident("Away", 19.41);
        fixture.useCases.presences().record(officer, new PresenceDetails(away, now.minus(Duration.ofDays(300)),
                now.minus(Duration.ofDays(2))));
        fixture.useCases.positions().report(officer, new PositionDetails(ana, new GeoPoint(19.45, longitude - 0.05),
                now.minus(Duration.ofMinutes(10)), "app"));
        String location = start();

        JsonNode byOfficer = api.get(OFFICER, location).json();
        JsonNode anas = person(byOfficer, ana);
        assertThat(anas.path("reasons")).hasSize(2);
        assertThat(anas.path("reasons").get(0).path("kind").asText()).isEqualTo("RESIDENCE");
        assertThat(anas.path("reasons").get(0).path("place").asText()).isEqualTo("lives at Calle 2, Ciudad de México");
        assertThat(anas.path("reasons").get(0).path("point").path("latitude").asDouble()).isEqualTo(19.40);
        assertThat(anas.path("reasons").get(1).path("kind").asText()).isEqualTo("LAST_KNOWN_POSITION");
        assertThat(anas.path("reasons").get(1).path("from").asText())
                .isEqualTo(now.minus(Duration.ofMinutes(10)).toString());
        assertThat(anas.path("reason").asText()).isEqualTo("residence: lives at Calle 2, Ciudad de México;"
                + " last known position: reported position via app");
        assertThat(byOfficer.path("abroad")).as(byOfficer.path("abroad").toString()).singleElement().satisfies(a -> {
            assertThat(a.path("person").asText()).isEqualTo(away.toString());
            assertThat(a.path("name").asText()).isEqualTo("Away Roll");
            assertThat(a.path("departed").asText()).isEqualTo(now.minus(Duration.ofDays(2)).toString());
            assertThat(a.path("residence").path("place").asText()).isEqualTo("lives at Calle 2, Ciudad de México");
        });
        assertThat(byOfficer.path("score").path("unaccounted").toString()).as("not in the score")
                .doesNotContain(away.toString());
        assertThat(byOfficer.path("persons").toString()).as("not asked").doesNotContain(away.toString());

        JsonNode byManager = api.get(MANAGER, location).json();
        JsonNode shown = person(byManager, ana);
        assertThat(shown.path("reason").asText()).isEqualTo("residence; last known position");
        assertThat(shown.path("reasons").get(0).path("place").isNull()).isTrue();
        assertThat(shown.path("reasons").get(0).path("point").isNull()).isTrue();
        assertThat(byManager.path("abroad")).as("who is abroad is movements: not a manager's to read").isEmpty();
    }

    @Test
    void the_places_of_the_reasons_are_a_geojson_feature_collection_on_need_to_know_and_audited() {
        longitude = -96.0;
        Instant now = fixture.clock.instant();
        PersonId ana = resident("Ana", 19.40);
        PersonId away = resident("Away", 19.41);
        fixture.useCases.presences().record(officer, new PresenceDetails(away, now.minus(Duration.ofDays(300)),
                now.minus(Duration.ofDays(2))));
        String location = start();

        Reply places = api.get(SOC, location + "/places.geojson");
        assertThat(places.status()).as(places.raw().body()).isEqualTo(200);
        assertThat(places.contentType()).startsWith("application/geo+json");
        JsonNode doc = places.json();
        assertThat(doc.path("type").asText()).isEqualTo("FeatureCollection");
        List<String> seen = new ArrayList<>();
        for (JsonNode f : doc.path("features")) {
            assertThat(f.path("type").asText()).isEqualTo("Feature");
            assertThat(f.path("geometry").path("type").asText()).isEqualTo("Point");
            assertThat(f.path("geometry").path("coordinates").get(0).asDouble()).as("longitude first")
                    .isEqualTo(longitude);
            seen.add(f.path("properties").path("person").asText() + " " + f.path("properties").path("state").asText()
                    + " " + f.path("properties").path("kind").asText());
        }
        assertThat(seen).containsExactlyInAnyOrder(ana + " AWAITING RESIDENCE", away + " ABROAD RESIDENCE");
        List<AuditEntry> audited = fixture.vigil.audit().find(officer, new AuditQuery(OFFICE, Optional.of("soc"),
                Optional.of(away)), PageRequest.first(50)).items();
        assertThat(audited).anySatisfy(e -> assertThat(e.dataClass()).isEqualTo(PeopleData.RESIDENCE));

        Reply byManager = api.get(MANAGER, location + "/places.geojson");
        assertThat(byManager.status()).isEqualTo(200);
        assertThat(byManager.json().path("features")).as("a manager may read no home").isEmpty();
        assertThat(api.get(io.vigil.rest.ApiFixture.STAFF, location + "/places.geojson").status()).isEqualTo(403);
    }

    @Test
    void an_answer_is_recorded_on_someones_behalf_and_bad_times_or_channels_are_refused_naming_the_field() {
        longitude = -95.0;
        PersonId ana = resident("Ana", 19.40);
        String location = start();
        fixture.clock.advance(Duration.ofMinutes(5));
        Instant obtained = fixture.clock.instant().minus(Duration.ofMinutes(2));
        Reply recorded = api.post(SOC, location + "/check-ins/on-behalf", "{\"person\":\"" + ana
                + "\",\"answer\":\"SAFE\",\"channel\":\"IN_PERSON\",\"obtainedAt\":\"" + obtained + "\"}");
        assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(200);
        assertThat(recorded.json().path("recordedBy").asText()).isEqualTo("soc");
        assertThat(recorded.json().path("at").asText()).isEqualTo(obtained.toString());
        assertThat(recorded.json().path("channel").asText()).isEqualTo("IN_PERSON");
        JsonNode answers = person(api.get(OFFICER, location).json(), ana).path("answers");
        assertThat(answers).singleElement().satisfies(a -> assertThat(a.path("onBehalf").path("by").asText())
                .isEqualTo("soc"));

        Reply future = api.post(OFFICER, location + "/check-ins/on-behalf", "{\"person\":\"" + ana
                + "\",\"answer\":\"NEEDS_HELP\",\"channel\":\"PHONE\",\"obtainedAt\":\""
                + fixture.clock.instant().plus(Duration.ofHours(1)) + "\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.contentType()).startsWith("application/problem+json");
        assertThat(future.json().path("errors").get(0).path("field").asText()).isEqualTo("obtainedAt");
        Reply early = api.post(OFFICER, location + "/check-ins/on-behalf", "{\"person\":\"" + ana
                + "\",\"answer\":\"NEEDS_HELP\",\"channel\":\"PHONE\",\"obtainedAt\":\"2020-01-01T00:00:00Z\"}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().path("errors").get(0).path("field").asText()).isEqualTo("obtainedAt");
        Reply missing = api.post(OFFICER, location + "/check-ins/on-behalf", "{\"answer\":\"SAFE\"}");
        assertThat(missing.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        missing.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).contains("person", "channel", "obtainedAt");
        Reply sms = api.post(OFFICER, location + "/check-ins/on-behalf", "{\"person\":\"" + ana
                + "\",\"answer\":\"SAFE\",\"channel\":\"SMS\",\"obtainedAt\":\"" + obtained + "\"}");
        assertThat(sms.json().path("errors").get(0).path("field").asText()).isEqualTo("channel");
        assertThat(api.post(INTEGRATION, location + "/check-ins/on-behalf", "{\"person\":\"" + ana
                + "\",\"answer\":\"SAFE\",\"channel\":\"PHONE\",\"obtainedAt\":\"" + obtained + "\"}").status())
                .isEqualTo(403);
        assertThat(person(api.get(OFFICER, location).json(), ana).path("answers")).as("nothing more recorded")
                .hasSize(1);
    }
}
