package io.vigil.rest;

import static io.vigil.rest.ApiFixture.ASSOCIATE;
import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICE;
import static io.vigil.rest.ApiFixture.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.port.in.RollCallDetails;
import io.vigil.documents.domain.Classification;
import io.vigil.documents.domain.Document;
import io.vigil.documents.domain.DocumentKind;
import io.vigil.documents.port.in.DocumentDetails;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.OfficeDetails;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.rest.ApiClient.Reply;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The CSV exports write each instant twice: in ISO-8601 UTC for programs and in the office's local time
 * with its zone named, for an office across the date line and one with daylight saving; the API's
 * overdue flags and default days are the office's days. Expected local times and days are worked by
 * hand from each zone's offset on the day.
 */
class LocalTimeExportsApiTest extends ApiTestBase {
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);

    private void zone(String zone) {
        long version;
        try {
            version = fixture.useCases.offices().get(officer, OFFICE).version();
        } catch (NotFoundException none) {
            version = 0;
        }
        fixture.useCases.offices().set(officer, OFFICE, version, new OfficeDetails("Office", zone, "MX"));
    }

    private static List<String> cells(String line) {
        return List.of(line.split(",", -1));
    }

    @Test
    void the_roll_call_csv_writes_when_each_person_changed_in_kiritimati_time_a_day_ahead_of_utc() {
        zone("Pacific/Kiritimati");
        fixture.clock.set(Instant.parse("2026-03-01T12:00:00Z"));
        PersonId p = fixture.useCases.persons().register(officer, new PersonDetails("Tabu", "Local", PersonCategory
                .NATIONAL_STAFF, "IBRD", null, List.of(), List.of(), null, null)).person().id();
        fixture.useCases.residences().create(officer, new ResidenceDetails(p, List.of(), new Address("Main road", "",
                "London", "Kiribati"), new GeoPoint(21.0, -10.15), null,
                fixture.clock.instant().minus(Duration.ofDays(10)), null));
        CommunicationTest t = fixture.alerting.rollCalls().start(officer, new RollCallDetails("Storm",
                GeoArea.rectangle(new GeoPoint(20.95, -10.2), new GeoPoint(21.05, -10.1)).vertices(), null, null,
                Set.of(Channel.SMS), 10, 30, null, null, null));
        Reply csv = api.get(OFFICER, "/api/v1/roll-calls/" + t.id() + "/view.csv");
        assertThat(csv.status()).isEqualTo(200);
        String[] lines = csv.raw().body().split("\r\n");
        List<String> header = cells(lines[0]);
        assertThat(header).endsWith("changed_local", "answered_local");
        // noon UTC on 1 March is 02:00 on 2 March in Kiritimati (UTC+14); nobody has answered, so the
        // answer's two columns (answered_at, then answered_local last) are empty
        assertThat(lines[1]).contains(",2026-03-01T12:00:00Z,,")
                .endsWith(",2026-03-02 02:00 LINT (Pacific/Kiritimati),");
    }

    @Test
    void the_incident_csv_writes_occurrences_in_new_york_time_on_each_side_of_the_switch_to_daylight_saving() {
        zone("America/New_York");
        Reply current = api.get(OFFICER, "/api/v1/incidents/settings");
        Map<String, Object> settings = new HashMap<>();
        settings.put("codeList", "HIS-2024");
        settings.put("codes", Map.of("armed-robbery", "CR.ROB.ARM"));
        assertThat(api.put(OFFICER, "/api/v1/incidents/settings", ApiClient.json(settings), current.etag()).status())
                .isEqualTo(200);
        fixture.clock.set(Instant.parse("2026-03-09T12:00:00Z"));
        // New York goes from EST (UTC-5) to EDT (UTC-4) at 07:00 UTC on 8 March 2026
        report(Instant.parse("2026-03-08T06:30:00Z"));
        report(Instant.parse("2026-03-08T07:30:00Z"));
        Reply csv = api.get(MANAGER, "/api/v1/incidents/export.csv?from=2026-03-08T00:00:00Z&until=2026-03-09T00:00:00Z");
        assertThat(csv.status()).isEqualTo(200);
        String[] lines = csv.raw().body().split("\r\n");
        List<String> header = cells(lines[0]);
        assertThat(header.get(header.size() - 1)).isEqualTo("occurredLocal");
        assertThat(lines).hasSize(3);
        assertThat(List.of(lines[1], lines[2])).extracting(l -> cells(l).get(header.indexOf("occurredAt")))
                .containsExactlyInAnyOrder("2026-03-08T06:30:00Z", "2026-03-08T07:30:00Z");
        assertThat(List.of(lines[1], lines[2])).extracting(l -> cells(l).get(header.size() - 1))
                .containsExactlyInAnyOrder("2026-03-08 01:30 EST (America/New_York)",
                        "2026-03-08 03:30 EDT (America/New_York)");
        Reply json = api.get(MANAGER, "/api/v1/incidents/export?from=2026-03-08T00:00:00Z&until=2026-03-09T00:00:00Z");
        assertThat(json.json().path("timeZone").asText()).isEqualTo("America/New_York");
        assertThat(json.json().path("rows").get(0).path("occurredAt").asText()).endsWith("Z");
    }

    @Test
    void a_documents_review_is_overdue_once_its_due_day_has_passed_in_the_offices_zone() {
        zone("Pacific/Kiritimati");
        fixture.clock.set(Instant.parse("2026-04-10T09:00:00Z"));
        Document d = fixture.vigil.documents().documents().create(officer, new DocumentDetails(DocumentKind.SOP,
                "Curfew SOP", "Security officer", Classification.OFFICE, LocalDate.parse("2026-04-10"), null));
        // 09:00 UTC on 10 April is 23:00 on the 10th in Kiritimati (UTC+14): due that day, not yet overdue
        Reply before = api.get(OFFICER, "/api/v1/documents/library/" + d.id());
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.json().path("reviewOverdue").isBoolean()).isTrue();
        assertThat(before.json().path("reviewOverdue").asBoolean()).isFalse();
        // 10:00 UTC, still 10 April in UTC, is midnight on the 11th there
        fixture.clock.set(Instant.parse("2026-04-10T10:00:00Z"));
        assertThat(api.get(OFFICER, "/api/v1/documents/library/" + d.id()).json().path("reviewOverdue").asBoolean())
                .isTrue();
    }

    @Test
    void the_guard_apis_default_day_is_the_offices_day_ahead_of_utc_in_kiritimati() {
        zone("Pacific/Kiritimati");
        fixture.clock.set(Instant.parse("2026-09-29T09:00:00Z"));
        Reply f = api.post(ASSOCIATE, "/api/v1/facilities", ApiClient.json(Map.of("name", "Office", "kind", "OFFICE",
                "address", "Main road", "location", Map.of("latitude", 1.87, "longitude", -157.4), "assets", List.of())));
        assertThat(f.status()).as(f.raw().body()).isEqualTo(201);
        Map<String, Object> post = new HashMap<>();
        post.put("code", "GATE");
        post.put("name", "Main gate");
        post.put("site", f.json().path("id").asText());
        post.put("schedule", List.of(Map.of("days", List.of("MONDAY"), "start", "07:00", "end", "19:00")));
        post.put("guardsPerShift", 1);
        post.put("hourlyRate", 100.00);
        Map<String, Object> contract = new HashMap<>();
        contract.put("reference", "KI-2026-TZ");
        contract.put("vendor", "Island Guards");
        contract.put("vendorSubject", "vendor@island");
        contract.put("procurement", Map.of("method", "request for proposals", "bids", 2, "evaluation", "lowest cost",
                "award", "Island Guards", "awardedOn", "2025-12-01"));
        contract.put("start", "2026-01-01");
        contract.put("end", "2026-12-31");
        contract.put("currency", "AUD");
        contract.put("country", "KI");
        contract.put("posts", List.of(post));
        Reply c = api.post(ASSOCIATE, "/api/v1/guard/contracts", ApiClient.json(contract));
        assertThat(c.status()).as(c.raw().body()).isEqualTo(201);
        assertThat(c.json().path("noticeDue").asText()).isEqualTo("2026-09-30");
        // 09:00 UTC on 29 September is 23:00 on the 29th in Kiritimati (UTC+14): the notice is not due yet
        assertThat(api.get(OFFICER, "/api/v1/guard/notices").json().path("items").toString())
                .doesNotContain("KI-2026-TZ");
        // 10:00 UTC, still the 29th in UTC, is midnight on 30 September there: the notice is due
        fixture.clock.set(Instant.parse("2026-09-29T10:00:00Z"));
        assertThat(api.get(OFFICER, "/api/v1/guard/notices").json().path("items").toString()).contains("KI-2026-TZ");
    }

    private void report(Instant at) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "crime");
        body.put("subtype", "armed-robbery");
        body.put("title", "Armed robbery");
        body.put("occurredAt", at.toString());
        body.put("place", Map.of("description", "Midtown", "point", Map.of("latitude", 40.75, "longitude", -73.99)));
        body.put("persons", List.of());
        body.put("assets", List.of());
        body.put("severity", "MINOR");
        body.put("source", "the guard");
        body.put("verification", "CONFIRMED");
        Reply r = api.post(OFFICER, "/api/v1/incidents/reports", ApiClient.json(body));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    }
}
