package io.vigil.rest.alerting;

import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICE;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.port.in.CheckInDetails;
import io.vigil.alerting.port.in.RollCallDetails;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiTestBase;
import io.vigil.rest.RestApi;
import io.vigil.rest.RestApiSettings;
import io.vigil.rest.StaticBearerTokens;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The officer's roll-call view over HTTP: filters, households, phones on need to know, CSV, changed-since, events. */
class RollCallViewApiTest extends ApiTestBase {
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private int n;

    private PersonId resident(String given, PersonCategory category, PersonId sponsor, String phone, double lat) {
        List<ContactChannel> contacts = phone == null ? List.of()
                : List.of(new ContactChannel(ChannelKind.PHONE, phone, "mobile"));
        PersonId id = fixture.useCases.persons().register(officer, new PersonDetails(given, "View" + (n++), category,
                "IBRD", sponsor, contacts, List.of(), null, null)).person().id();
        fixture.useCases.residences().create(officer, new ResidenceDetails(id, List.of(), new Address("Calle 3", "",
                "Ciudad de México", "Mexico"), new GeoPoint(lat, -10.15), null,
                fixture.clock.instant().minus(Duration.ofDays(10)), null));
        return id;
    }

    /** A roll-call over its own patch of the map, so tests of this class do not see each other's persons. */
    private CommunicationTest rollCall(double lat, PersonId... expected) {
        List<GeoPoint> area = GeoArea.rectangle(new GeoPoint(lat - 0.05, -10.2), new GeoPoint(lat + 0.05, -10.1))
                .vertices();
        CommunicationTest t = fixture.alerting.rollCalls().start(officer, new RollCallDetails("Flood", area, null,
                null, Set.of(Channel.SMS), 10, 30, null, null, null));
        assertThat(t.audience()).containsExactlyInAnyOrder(expected);
        return t;
    }

    private static JsonNode line(Reply view, PersonId p) {
        for (JsonNode line : view.json().path("persons").path("items")) {
            if (line.path("person").asText().equals(p.toString())) {
                return line;
            }
        }
        throw new AssertionError(p + " is not listed in " + view.raw().body());
    }

    @Test
    void the_view_lists_each_person_with_household_and_phones_for_readers_of_contacts_only() {
        PersonId ana = resident("Ana", PersonCategory.INTERNATIONAL_STAFF, null, "+52 55 7000 0001", 10.0);
        PersonId kid = resident("Kid", PersonCategory.DEPENDENT, ana, null, 10.01);
        CommunicationTest t = rollCall(10.0, ana, kid);
        fixture.alerting.tests().checkIn(officer, t.id(), new CheckInDetails(ana, Answer.SAFE, Channel.SMS, null));
        String path = "/api/v1/roll-calls/" + t.id() + "/view";

        Reply view = api.get(OFFICER, path);
        assertThat(view.status()).as(view.raw().body()).isEqualTo(200);
        assertThat(view.json().path("counts").path("SAFE").asInt()).isEqualTo(1);
        assertThat(view.json().path("byZone").path("_none").path("AWAITING").asInt()).isEqualTo(1);
        assertThat(line(view, ana).path("phones").get(0).asText()).isEqualTo("+52 55 7000 0001");
        assertThat(line(view, ana).path("dependents").get(0).path("person").asText()).isEqualTo(kid.toString());
        assertThat(line(view, kid).path("sponsor").path("person").asText()).isEqualTo(ana.toString());
        assertThat(line(view, kid).path("category").asText()).isEqualTo("DEPENDENT");
        assertThat(view.json().path("cursor").asText()).contains("~1");

        Reply managers = api.get(MANAGER, path + "?state=SAFE");
        assertThat(managers.json().path("persons").path("total").asInt()).isEqualTo(1);
        assertThat(line(managers, ana).path("phones").isNull()).as("a manager reads no contacts").isTrue();
        assertThat(api.get(STAFF, path).status()).isEqualTo(403);

        Reply since = api.get(OFFICER, path + "?changedSince=" + view.json().path("cursor").asText());
        assertThat(since.json().path("persons").path("items")).isEmpty();
        assertThat(since.json().path("complete").asBoolean()).isFalse();
        assertThat(since.json().path("counts").path("SAFE").asInt()).isEqualTo(1);
    }

    @Test
    void bad_filters_are_a_400_naming_every_bad_parameter() {
        PersonId solo = resident("Solo", PersonCategory.NATIONAL_STAFF, null, "+52 55 7000 0002", 11.0);
        CommunicationTest t = rollCall(11.0, solo);
        Reply bad = api.get(OFFICER, "/api/v1/roll-calls/" + t.id()
                + "/view?state=LOST&zone=no%20such&changedSince=yesterday&limit=100000");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        bad.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("state", "zone", "changedSince", "limit");
        assertThat(bad.raw().body()).doesNotContain("java.", "Exception");
        assertThat(api.get(OFFICER, "/api/v1/roll-calls/" + t.id() + "/view.csv?state=lost").status()).isEqualTo(400);
    }

    @Test
    void the_csv_export_defuses_formula_cells_and_withholds_phones_from_managers() {
        PersonId evil = fixture.useCases.persons().register(officer, new PersonDetails("=HYPERLINK(\"x\")", "Csv",
                PersonCategory.NATIONAL_STAFF, "IBRD", null, List.of(new ContactChannel(ChannelKind.PHONE,
                        "+52 55 7000 0003", "mobile")), List.of(), null, null)).person().id();
        fixture.useCases.residences().create(officer, new ResidenceDetails(evil, List.of(), new Address("Calle 4", "",
                "Ciudad de México", "Mexico"), new GeoPoint(12.0, -10.15), null,
                fixture.clock.instant().minus(Duration.ofDays(10)), null));
        CommunicationTest t = rollCall(12.0, evil);
        Reply csv = api.get(OFFICER, "/api/v1/roll-calls/" + t.id() + "/view.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.raw().body().split("\r\n");
        assertThat(lines[0]).startsWith("person,name,category");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains("\"'=HYPERLINK(\"\"x\"\") Csv\"").contains(",+52 55 7000 0003,")
                .contains("AWAITING");
        String managers = api.get(MANAGER, "/api/v1/roll-calls/" + t.id() + "/view.csv").raw().body();
        assertThat(managers).doesNotContain("7000 0003");
    }

    @Test
    void the_event_stream_pushes_a_change_then_ends_after_its_lifetime_and_refuses_streams_beyond_the_limit()
            throws Exception {
        PersonId ana = resident("Stream", PersonCategory.NATIONAL_STAFF, null, "+52 55 7000 0004", 13.0);
        PersonId beto = resident("Other", PersonCategory.NATIONAL_STAFF, null, "+52 55 7000 0005", 13.01);
        CommunicationTest t = rollCall(13.0, ana, beto);
        RollCallEvents.Limits limits = new RollCallEvents.Limits(1, Duration.ofSeconds(3), Duration.ofMillis(200));
        try (RestApi streaming = new RestApi(new RestApiSettings("127.0.0.1", 0), new StaticBearerTokens(
                Map.of("t", officer)), List.of(new AlertingApi(fixture.alerting, fixture.clock, Optional.empty(),
                limits)))) {
            streaming.start();
            HttpClient client = HttpClient.newHttpClient();
            URI uri = URI.create("http://127.0.0.1:" + streaming.port() + "/api/v1/roll-calls/" + t.id() + "/events");
            HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer t")
                    .header("Accept", "text/event-stream").build();
            HttpResponse<InputStream> open = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertThat(open.statusCode()).isEqualTo(200);
            assertThat(open.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            HttpResponse<String> second = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(second.statusCode()).as("one stream at most").isEqualTo(429);
            HttpResponse<String> noAccept = client.send(HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer t").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(noAccept.statusCode()).isEqualTo(406);

            List<String> events = new ArrayList<>();
            List<String> data = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(open.body(), StandardCharsets.UTF_8))) {
                String line;
                boolean answered = false;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("event:")) {
                        events.add(line.substring(6).strip());
                    } else if (line.startsWith("data:")) {
                        data.add(line.substring(5).strip());
                        if (!answered) {
                            fixture.clock.advance(Duration.ofSeconds(5));
                            fixture.alerting.tests().checkIn(officer, t.id(), new CheckInDetails(ana,
                                    Answer.NEEDS_HELP, Channel.SMS, null));
                            answered = true;
                        }
                    }
                }
            }
            assertThat(events).first().isEqualTo("view");
            assertThat(events).contains("change").last().isEqualTo("end");
            String change = data.get(events.indexOf("change"));
            JsonNode changed = new ObjectMapper().readTree(change);
            assertThat(changed.path("persons").path("items")).singleElement()
                    .satisfies(p -> assertThat(p.path("person").asText()).isEqualTo(ana.toString()));
            assertThat(changed.path("counts").path("NEEDS_HELP").asInt()).isEqualTo(1);
            HttpResponse<String> after = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(after.statusCode()).as("the ended stream freed its place").isEqualTo(200);
        }
    }
}
