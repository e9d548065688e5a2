package io.vigil.rest.alerting;

import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICE;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.SMS_SECRET;
import static io.vigil.rest.ApiFixture.SOC;
import static io.vigil.rest.ApiFixture.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.port.in.ShiftDetails;
import io.vigil.json.WebhookSignature;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollCallApiTest extends ApiTestBase {
    private static final String PHONE = "+52 55 4444 0001";
    private static final String AREA = "[{\"latitude\":19.30,\"longitude\":-99.30},{\"latitude\":19.30,\"longitude\":"
            + "-99.00},{\"latitude\":19.60,\"longitude\":-99.00},{\"latitude\":19.60,\"longitude\":-99.30}]";

    private PersonId resident(String given, String phone, double lat) {
        Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
        PersonId id = fixture.useCases.persons().register(officer, new PersonDetails(given, "Roll",
                PersonCategory.NATIONAL_STAFF, "IBRD", null, List.of(new ContactChannel(ChannelKind.PHONE, phone,
                        "mobile")), List.of(), null, null)).person().id();
        fixture.useCases.residences().create(officer, new ResidenceDetails(id, List.of(), new Address("Calle 2", "",
                "Ciudad de México", "Mexico"), new GeoPoint(lat, -99.15), null,
                fixture.clock.instant().minus(Duration.ofDays(10)), null));
        return id;
    }

    private Reply signed(String body, Instant at, String secret) {
        String timestamp = Long.toString(at.getEpochSecond());
        return api.postWithHeaders("/api/v1/inbound/sms/" + OFFICE.value(), body, Map.of(
                SmsWebhookRoutes.TIMESTAMP, timestamp, SmsWebhookRoutes.SIGNATURE,
                new WebhookSignature(secret).sign(timestamp, OFFICE.value(), body)));
    }

    @Test
    void a_roll_call_is_started_followed_answered_by_signed_sms_and_escalated() {
        PersonId ana = resident("Ana", PHONE, 19.40);
        resident("Beto", "+52 55 4444 0002", 19.41);
        Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
        fixture.alerting.onCall().schedule(officer, new ShiftDetails("Duty", "officer", "+52 55 9000 0000",
                fixture.clock.instant().minus(Duration.ofHours(1)), fixture.clock.instant().plus(Duration.ofDays(1))));

        Reply started = api.post(OFFICER, "/api/v1/roll-calls", "{\"description\":\"Earthquake\",\"outline\":" + AREA
                + ",\"channels\":[\"SMS\"],\"wardenAfterMinutes\":10,\"officerAfterMinutes\":30}");
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        String location = started.header("Location");
        assertThat(started.json().path("persons").size()).isGreaterThanOrEqualTo(2);
        assertThat(started.json().path("counts").path("AWAITING").asInt()).isGreaterThanOrEqualTo(2);

        Reply forged = signed("{\"from\":\"" + PHONE + "\",\"text\":\"1\"}", fixture.clock.instant(),
                "not-the-secret-at-all");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        Reply stale = signed("{\"from\":\"" + PHONE + "\",\"text\":\"1\"}",
                fixture.clock.instant().minus(Duration.ofMinutes(10)), SMS_SECRET);
        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.json().path("detail").asText()).contains("minutes");
        Reply gibberish = signed("{\"from\":\"" + PHONE + "\",\"text\":\"maybe later\"}", fixture.clock.instant(), SMS_SECRET);
        assertThat(gibberish.status()).isEqualTo(400);
        assertThat(gibberish.json().path("errors").get(0).path("field").asText()).isEqualTo("text");
        Reply stranger = signed("{\"from\":\"+1 202 555 0100\",\"text\":\"1\"}", fixture.clock.instant(), SMS_SECRET);
        assertThat(stranger.json().path("errors").get(0).path("field").asText()).isEqualTo("from");

        Reply safe = signed("{\"from\":\"+525544440001\",\"text\":\"1\"}", fixture.clock.instant(), SMS_SECRET);
        assertThat(safe.status()).as(safe.raw().body()).isEqualTo(200);
        assertThat(safe.json().path("person").asText()).isEqualTo(ana.toString());
        assertThat(safe.json().path("answer").asText()).isEqualTo("SAFE");
        assertThat(safe.json().path("rollCall").asBoolean()).isTrue();
        assertThat(location).endsWith(safe.json().path("test").asText());
        assertThat(safe.json().path("recorded").asBoolean()).isTrue();
        Reply now = api.get(MANAGER, location);
        assertThat(now.status()).isEqualTo(200);
        assertThat(now.json().path("counts").path("SAFE").asInt()).isEqualTo(1);
        Reply help = signed("{\"from\":\"+525544440001\",\"text\":\"2\"}", fixture.clock.instant(), SMS_SECRET);
        assertThat(help.status()).as(help.raw().body()).isEqualTo(200);
        assertThat(help.json().path("answer").asText()).as("needs help after safe").isEqualTo("NEEDS_HELP");
        assertThat(help.json().path("outcome").asText()).startsWith("recorded: NEEDS_HELP after SAFE");
        assertThat(fixture.vigil.gateway().sent(OFFICE)).anyMatch(m -> m.address().equals("+52 55 9000 0000")
                && m.text().contains("NEEDS HELP (after SAFE"));
        Reply state = api.get(MANAGER, location);
        assertThat(state.json().path("counts").path("NEEDS_HELP").asInt()).isEqualTo(1);
        assertThat(state.json().path("counts").path("SAFE").asInt()).isZero();
        for (var p : state.json().path("persons")) {
            if (p.path("person").asText().equals(ana.toString())) {
                assertThat(p.path("answers")).hasSize(2);
            }
        }

        assertThat(api.get(STAFF, location).status()).isEqualTo(403);

        fixture.clock.advance(Duration.ofMinutes(31));
        Reply swept = api.post(OFFICER, "/api/v1/roll-calls/escalations", "");
        assertThat(swept.status()).as(swept.raw().body()).isEqualTo(200);
        assertThat(swept.json().path("sent").asInt()).isPositive();
        assertThat(api.post(OFFICER, location + "/escalate", "").json().path("sent").asInt()).isZero();
        Reply after = api.get(OFFICER, location);
        assertThat(after.json().path("counts").path("WITH_OFFICER").asInt()).isPositive();
        assertThat(after.json().path("incident").path("officerAlertedAt").isNull()).isFalse();

        Reply history = api.get(OFFICER, "/api/v1/communication-tests");
        assertThat(history.json().path("items").get(0).path("rollCall").asBoolean()).isTrue();
    }

    @Test
    void a_roll_call_just_started_is_in_progress_and_scored_once_its_window_has_passed() {
        resident("Carla", "+52 55 4444 0003", 19.42);
        Reply started = api.post(OFFICER, "/api/v1/roll-calls", "{\"description\":\"Aftershock\",\"outline\":" + AREA
                + ",\"channels\":[\"SMS\"]}");
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        assertThat(started.json().path("score").path("inProgress").asBoolean()).isTrue();
        assertThat(started.json().path("score").path("verdict").asText()).startsWith("in progress:")
                .doesNotContain("missed");
        fixture.clock.advance(Duration.ofSeconds(1));
        Reply asItStands = api.get(OFFICER, started.header("Location"));
        assertThat(asItStands.json().path("score").path("verdict").asText()).startsWith("in progress:")
                .contains("0 answered so far");
        fixture.clock.advance(Duration.ofMinutes(61));
        Reply past = api.get(OFFICER, started.header("Location"));
        assertThat(past.json().path("score").path("inProgress").asBoolean()).isFalse();
        assertThat(past.json().path("score").path("verdict").asText())
                .startsWith("target missed: 100 % within 60 minutes").contains("only 0 answered in time");
    }

    @Test
    void a_roll_call_gives_the_times_to_50_90_and_100_percent_from_the_incident_and_from_its_start() {
        resident("Dora", "+52 55 4444 0004", 19.43);
        Instant quake = fixture.clock.instant().minus(Duration.ofMinutes(20));
        Reply started = api.post(OFFICER, "/api/v1/roll-calls", "{\"description\":\"Tremor\",\"outline\":" + AREA
                + ",\"at\":\"" + quake + "\",\"channels\":[\"SMS\"]}");
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        assertThat(started.json().path("score").path("secondsFromIncidentTo100").isNull()).isTrue();
        String location = started.header("Location");
        fixture.clock.advance(Duration.ofMinutes(5));
        for (var p : started.json().path("persons")) {
            Reply answered = api.post(OFFICER, location + "/check-ins", "{\"person\":\"" + p.path("person").asText()
                    + "\",\"answer\":\"SAFE\",\"channel\":\"PHONE\"}");
            assertThat(answered.status()).as(answered.raw().body()).isEqualTo(200);
        }
        var score = api.get(OFFICER, location).json().path("score");
        assertThat(score.path("secondsTo100").asLong()).isEqualTo(300);
        assertThat(score.path("secondsFromIncidentTo100").asLong()).isEqualTo(1500);
        assertThat(score.path("secondsFromIncidentTo50").asLong()).isEqualTo(1500);
        assertThat(score.path("secondsFromIncidentTo90").asLong()).isEqualTo(1500);
        var test = api.get(OFFICER, "/api/v1/communication-tests/" + location.substring(location.lastIndexOf('/') + 1));
        assertThat(test.json().path("score").path("secondsFromIncidentTo100").asLong()).isEqualTo(1500);
        assertThat(api.get(OFFICER, "/api/v1/openapi.json").raw().body()).contains("secondsFromIncidentTo50");
    }

    @Test
    void bad_roll_calls_are_400_naming_the_field() {
        Reply empty = api.post(OFFICER, "/api/v1/roll-calls", "{\"description\":\"Nothing\",\"outline\":"
                + "[{\"latitude\":10,\"longitude\":10},{\"latitude\":10,\"longitude\":10.1},{\"latitude\":10.1,"
                + "\"longitude\":10.1}],\"channels\":[\"SMS\"]}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("errors").get(0).path("field").asText()).isEqualTo("outline");
        Reply noChannels = api.post(OFFICER, "/api/v1/roll-calls", "{\"description\":\"x\",\"outline\":" + AREA
                + ",\"channels\":[]}");
        assertThat(noChannels.json().path("errors").get(0).path("field").asText()).isEqualTo("channels");
        assertThat(api.get(OFFICER, "/api/v1/roll-calls/not-an-id").status()).isEqualTo(404);
    }

    @Test
    void the_manager_token_reads_why_each_person_is_affected_without_their_address() {
        PersonId ana = resident("Ana", "+52 55 4444 0005", 19.40);
        Reply started = api.post(OFFICER, "/api/v1/roll-calls", "{\"description\":\"Flood\",\"outline\":" + AREA
                + ",\"channels\":[\"SMS\"]}");
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        String location = started.header("Location");

        Reply managers = api.get(MANAGER, location);
        assertThat(managers.status()).isEqualTo(200);
        assertThat(reasonOf(managers, ana)).isEqualTo("residence");
        assertThat(managers.raw().body()).doesNotContain("Calle 2");
        assertThat(reasonOf(api.get(OFFICER, location), ana))
                .isEqualTo("residence: lives at Calle 2, Ciudad de México");
        assertThat(api.get(OFFICER, "/api/v1/openapi.json").raw().body())
                .contains("only for a reader who may read that person's residence or movements");
    }

    @Test
    void a_roll_call_read_is_found_in_the_audit_trail_of_every_person_it_listed() {
        PersonId ana = resident("Ana", "+52 55 4444 0006", 19.40);
        String location = api.post(OFFICER, "/api/v1/roll-calls", "{\"description\":\"Flood\",\"outline\":" + AREA
                + ",\"channels\":[\"SMS\"]}").header("Location");
        assertThat(api.get(MANAGER, location).status()).isEqualTo(200);
        assertThat(api.get(SOC, location).status()).isEqualTo(200);

        Reply trail = api.get(OFFICER, "/api/v1/audit?limit=500&person=" + ana);
        assertThat(trail.status()).isEqualTo(200);
        List<String> reads = new ArrayList<>();
        trail.json().path("items").forEach(e -> {
            if (e.path("action").asText().equals("READ") && !e.path("actor").asText().equals("officer")) {
                reads.add(e.path("actor").asText() + " " + e.path("dataClass").asText());
            }
        });
        assertThat(reads).as("the manager saw her state, not her home; the SOC saw both")
                .containsExactlyInAnyOrder("manager ACCOUNTABILITY", "soc ACCOUNTABILITY", "soc RESIDENCE");
    }

    private static String reasonOf(Reply rollCall, PersonId person) {
        for (var p : rollCall.json().path("persons")) {
            if (p.path("person").asText().equals(person.toString())) {
                return p.path("reason").asText();
            }
        }
        throw new AssertionError(person + " is not on the roll-call");
    }
}
