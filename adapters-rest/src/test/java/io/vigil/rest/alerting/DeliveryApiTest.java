package io.vigil.rest.alerting;

import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICE;
import static io.vigil.rest.ApiFixture.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.Delivery;
import io.vigil.alerting.domain.DeliveryState;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each request's delivery state over REST: on the roll-call's persons, in its summary and the test's, and in OpenAPI. */
class DeliveryApiTest extends ApiTestBase {
    private static final String AREA = "[{\"latitude\":19.30,\"longitude\":-99.30},{\"latitude\":19.30,\"longitude\":"
            + "-99.00},{\"latitude\":19.60,\"longitude\":-99.00},{\"latitude\":19.60,\"longitude\":-99.30}]";

    private PersonId resident(String given, String phone) {
        Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
        PersonId id = fixture.useCases.persons().register(officer, new PersonDetails(given, "Deliv",
                PersonCategory.NATIONAL_STAFF, "IBRD", null, List.of(new ContactChannel(ChannelKind.PHONE, phone,
                        "mobile")), List.of(), null, null)).person().id();
        fixture.useCases.residences().create(officer, new ResidenceDetails(id, List.of(), new Address("Calle 3", "",
                "Ciudad de México", "Mexico"), new GeoPoint(19.45, -99.15), null,
                fixture.clock.instant().minus(Duration.ofDays(10)), null));
        return id;
    }

    private static JsonNode personIn(Reply status, PersonId id) {
        for (JsonNode p : status.json().path("persons")) {
            if (p.path("person").asText().equals(id.toString())) {
                return p;
            }
        }
        throw new AssertionError("no person " + id + " in " + status.raw().body());
    }

    @Test
    void the_roll_call_shows_each_request_queued_then_sent_or_failed_with_its_last_error_and_the_unreachable() {
        PersonId ana = resident("Ana", "+52 55 4545 0001");
        PersonId beto = resident("Beto", "+52 55 4545 0002");
        Reply started = api.post(OFFICER, "/api/v1/roll-calls", "{\"description\":\"Flood\",\"outline\":" + AREA
                + ",\"channels\":[\"SMS\"],\"wardenAfterMinutes\":10,\"officerAfterMinutes\":30}");
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        assertThat(personIn(started, ana).path("requests").get(0).path("state").asText()).isEqualTo("QUEUED");
        assertThat(started.json().path("deliveries").path("queued").asInt()).isGreaterThanOrEqualTo(2);

        Instant at = fixture.clock.instant();
        for (Delivery d : fixture.vigil.gateway().claim(Channel.SMS, "test", at, at.plusSeconds(60), 1000)) {
            boolean toBeto = d.message().recipient().orElseThrow().equals(beto);
            fixture.vigil.gateway().record(d.message().id(), "test", toBeto
                    ? new DeliveryState.Failed(4, at, "the bridge answered 400") : new DeliveryState.Sent(1, at));
        }
        Reply now = api.get(MANAGER, started.header("Location"));
        assertThat(now.status()).isEqualTo(200);
        JsonNode anaRequest = personIn(now, ana).path("requests").get(0);
        assertThat(anaRequest.path("channel").asText()).isEqualTo("SMS");
        assertThat(anaRequest.path("state").asText()).isEqualTo("SENT");
        assertThat(anaRequest.path("attempts").asInt()).isEqualTo(1);
        JsonNode betoRequest = personIn(now, beto).path("requests").get(0);
        assertThat(betoRequest.path("state").asText()).isEqualTo("FAILED");
        assertThat(betoRequest.path("attempts").asInt()).isEqualTo(4);
        assertThat(betoRequest.path("lastError").asText()).isEqualTo("the bridge answered 400");
        assertThat(now.json().path("deliveries").path("undelivered")).extracting(JsonNode::asText)
                .containsExactly(beto.toString());
        assertThat(now.json().path("score").path("unreachable")).extracting(JsonNode::asText)
                .contains(beto.toString()).doesNotContain(ana.toString());
    }

    @Test
    void a_test_answers_where_its_requests_stand_and_the_openapi_document_names_the_states() {
        resident("Carla", "+52 55 4545 0003");
        Reply started = api.post(OFFICER, "/api/v1/communication-tests", "{\"title\":\"Monthly\",\"channels\":"
                + "[\"SMS\"],\"openMinutes\":60,\"targetPercent\":90,\"targetMinutes\":30}");
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        assertThat(started.json().path("deliveries").path("queued").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(started.json().path("deliveries").path("notQueued")).isEmpty();
        JsonNode schemas = api.get(OFFICER, "/api/v1/openapi.json").json().path("components").path("schemas");
        assertThat(schemas.toString()).contains("\"QUEUED\"", "\"SENT\"", "\"FAILED\"", "\"lastError\"",
                "\"nextAttemptAt\"", "\"undelivered\"", "\"notQueued\"");
    }
}
