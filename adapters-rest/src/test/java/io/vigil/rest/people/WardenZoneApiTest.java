package io.vigil.rest.people;

import static io.vigil.rest.ApiFixture.ASSOCIATE;
import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICE;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.STAFF;
import static io.vigil.rest.ApiFixture.WARDEN;
import static io.vigil.rest.ApiFixture.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

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
import io.vigil.rest.ApiClient;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiTestBase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WardenZoneApiTest extends ApiTestBase {
    private static final List<Map<String, Double>> NORTH = List.of(point(19.44, -99.20), point(19.44, -99.05),
            point(19.52, -99.05), point(19.52, -99.20));

    private static Map<String, Double> point(double lat, double lon) {
        return Map.of("latitude", lat, "longitude", lon);
    }

    private String zone(String id, List<Map<String, Double>> outline) {
        return ApiClient.json(Map.of("id", id, "name", "Norte", "outline", outline, "warden",
                fixture.staffPerson.toString(), "alternates", List.of()));
    }

    private String residence(double lat, double lon) {
        return ApiClient.json(Map.of("occupant", fixture.staffPerson.toString(), "household", List.of(),
                "address", Map.of("street", "Calle Lindavista 12, \"B\"", "district", "Lindavista",
                        "city", "Ciudad de México", "country", "Mexico"),
                "location", point(lat, lon), "movedIn", "2026-01-01T00:00:00Z"));
    }

    @Test
    void a_zone_assigns_residences_and_its_warden_reads_the_roster_as_json_and_csv() {
        Reply created = api.post(ASSOCIATE, "/api/v1/warden-zones", zone(ZONE.value(), NORTH));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/warden-zones/" + ZONE.value());
        Reply home = api.post(OFFICER, "/api/v1/residences", residence(19.48, -99.13));
        assertThat(home.status()).as(home.raw().body()).isEqualTo(201);
        assertThat(home.json().path("wardenZone").asText()).isEqualTo(ZONE.value());

        Reply roster = api.get(WARDEN, "/api/v1/warden-zones/" + ZONE.value() + "/roster");
        assertThat(roster.status()).as(roster.raw().body()).isEqualTo(200);
        assertThat(roster.json().path("count").asInt()).isEqualTo(1);
        assertThat(roster.json().path("entries").get(0).path("role").asText()).isEqualTo("RESIDENT");

        Reply csv = api.get(WARDEN, "/api/v1/warden-zones/" + ZONE.value() + "/roster.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw().body()).startsWith("person,name,category,role,place,phone,email,until,until_local\r\n")
                .contains(fixture.staffPerson + ",Lucía Hernández,NATIONAL_STAFF,RESIDENT,"
                        + "\"Calle Lindavista 12, \"\"B\"\", Lindavista\",,,,\r\n");

        List<String> ids = new java.util.ArrayList<>();
        api.get(STAFF, "/api/v1/warden-zones").json().path("items").forEach(z -> ids.add(z.path("id").asText()));
        assertThat(ids).as("every member of the office reads the zones").contains(ZONE.value());
        Reply refused = api.get(MANAGER, "/api/v1/warden-zones/" + ZONE.value() + "/roster.csv");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void bad_zones_are_4xx_problems_naming_the_field() {
        Reply crossing = api.post(ASSOCIATE, "/api/v1/warden-zones", zone("Z-BOWTIE", List.of(point(19.0, -99.0),
                point(19.1, -98.9), point(19.1, -99.0), point(19.0, -98.9))));
        assertThat(crossing.status()).isEqualTo(400);
        assertThat(crossing.json().path("errors").get(0).path("field").asText()).isEqualTo("outline");
        Reply badId = api.post(ASSOCIATE, "/api/v1/warden-zones", zone("no spaces", NORTH));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(api.post(STAFF, "/api/v1/warden-zones", zone("Z-STAFF", NORTH)).status()).isEqualTo(403);
        assertThat(api.post(ASSOCIATE, "/api/v1/warden-zones", zone("Z-TWICE", NORTH)).status()).isEqualTo(201);
        assertThat(api.post(ASSOCIATE, "/api/v1/warden-zones", zone("Z-TWICE", NORTH)).status()).isEqualTo(409);
        assertThat(api.get(OFFICER, "/api/v1/warden-zones/Z-NONE/roster").status()).isEqualTo(404);
    }

    @Test
    void csv_cells_are_quoted_and_formulas_defused_but_phone_numbers_kept() {
        assertThat(WardenZoneRoutes.cell("+52 55 1234 5678")).isEqualTo("+52 55 1234 5678");
        assertThat(WardenZoneRoutes.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(WardenZoneRoutes.cell("-rm")).isEqualTo("'-rm");
        assertThat(WardenZoneRoutes.cell("a,b")).isEqualTo("\"a,b\"");
    }

    @Test
    void csv_cells_starting_like_a_formula_are_defused_whatever_follows() {
        assertThat(WardenZoneRoutes.cell("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(WardenZoneRoutes.cell("+1+HYPERLINK(\"http://x\")"))
                .isEqualTo("\"'+1+HYPERLINK(\"\"http://x\"\")\"");
        assertThat(WardenZoneRoutes.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(WardenZoneRoutes.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(WardenZoneRoutes.cell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(WardenZoneRoutes.cell("-5")).isEqualTo("'-5");
        assertThat(WardenZoneRoutes.cell("+52 (55) 1234-5678")).isEqualTo("+52 (55) 1234-5678");
        assertThat(WardenZoneRoutes.cell("Calle 17 #231")).isEqualTo("Calle 17 #231");
    }

    @Test
    void a_roster_read_is_in_the_audit_trail_of_each_person_on_it_as_residence_and_contact_data() {
        List<Map<String, Double>> east = List.of(point(19.40, -99.00), point(19.40, -98.95), point(19.43, -98.95),
                point(19.43, -99.00));
        assertThat(api.post(ASSOCIATE, "/api/v1/warden-zones", zone("Z-ORIENTE", east)).status()).isEqualTo(201);
        Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
        PersonId resident = fixture.useCases.persons().register(officer, new PersonDetails("Oriana", "Este",
                PersonCategory.NATIONAL_STAFF, "IBRD", null, List.of(new ContactChannel(ChannelKind.PHONE,
                        "+52 55 7777 0001", "mobile")), List.of(), null, null)).person().id();
        fixture.useCases.residences().create(officer, new ResidenceDetails(resident, List.of(), new Address(
                "Calle Oriente 3", "", "Ciudad de México", "Mexico"), new GeoPoint(19.41, -98.97), null,
                fixture.clock.instant().minus(Duration.ofDays(10)), null));
        Reply roster = api.get(OFFICER, "/api/v1/warden-zones/Z-ORIENTE/roster");
        assertThat(roster.json().path("entries").get(0).path("phone").asText()).isEqualTo("+52 55 7777 0001");

        List<String> reads = new java.util.ArrayList<>();
        api.get(OFFICER, "/api/v1/audit?limit=500&person=" + resident).json().path("items").forEach(e -> {
            if (e.path("resourceType").asText().equals("warden-zone-roster")) {
                reads.add(e.path("action").asText() + " " + e.path("dataClass").asText());
            }
        });
        assertThat(reads).containsExactlyInAnyOrder("READ RESIDENCE", "READ CONTACT");
    }
}
