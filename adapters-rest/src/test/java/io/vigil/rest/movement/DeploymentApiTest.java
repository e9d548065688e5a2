package io.vigil.rest.movement;

import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.STAFF;
import static io.vigil.rest.ApiFixture.WARDEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.Address;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.people.port.in.WardenZoneDetails;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiFixture;
import io.vigil.rest.ApiTestBase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/movement/deployment}: counts for managers, names for officers, 403 for staff, 400 for a bad instant. */
class DeploymentApiTest extends ApiTestBase {
    private static final String DEPLOYMENT = "/api/v1/movement/deployment";

    @BeforeAll
    void zoneWithLuciaAtHome() {
        Actor officer = Actor.of("officer", ApiFixture.OFFICE, Role.SECURITY_OFFICER);
        fixture.useCases.zones().create(officer, new WardenZoneDetails(WardenZoneId.of("CENTRO"), "Centro",
                GeoArea.rectangle(GeoPoint.of(19.40, -99.20), GeoPoint.of(19.50, -99.10)).vertices(),
                fixture.staffPerson, List.of()));
        fixture.useCases.residences().create(officer, new ResidenceDetails(fixture.staffPerson, List.of(),
                new Address("Reforma 1", null, "Ciudad de México", "Mexico"), GeoPoint.of(19.43, -99.15), null,
                Instant.parse("2025-01-01T00:00:00Z"), null));
    }

    private static JsonNode centro(Reply r) {
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        return r.json().path("areas").get(0);
    }

    @Test
    void a_manager_reads_the_counts_and_nobody_named() {
        Reply r = api.get(MANAGER, DEPLOYMENT);
        JsonNode area = centro(r);
        assertThat(r.json().path("named").asBoolean()).isFalse();
        assertThat(area.path("zone").asText()).isEqualTo("CENTRO");
        assertThat(area.path("present").asInt()).isEqualTo(1);
        assertThat(area.path("travelling").asInt()).isZero();
        assertThat(area.path("presentPersons").size()).isZero();
        assertThat(r.raw().body()).doesNotContain(fixture.staffPerson.toString()).doesNotContain("Reforma");
    }

    @Test
    void an_officer_reads_the_persons_at_the_instant_asked() {
        Reply r = api.get(OFFICER, DEPLOYMENT + "?at=2026-03-01T10:00:00Z");
        JsonNode area = centro(r);
        assertThat(r.json().path("named").asBoolean()).isTrue();
        assertThat(r.json().path("at").asText()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(area.path("presentPersons").get(0).path("person").asText())
                .isEqualTo(fixture.staffPerson.toString());
        assertThat(area.path("presentPersons").get(0).path("reason").asText()).contains("Reforma 1");
        Reply before = api.get(OFFICER, DEPLOYMENT + "?at=2024-06-01T00:00:00Z");
        assertThat(centro(before).path("present").asInt()).as("before she moved in").isZero();
    }

    @Test
    void staff_and_wardens_are_refused_and_a_bad_instant_is_a_400_naming_it() {
        assertThat(api.get(STAFF, DEPLOYMENT).status()).isEqualTo(403);
        assertThat(api.get(WARDEN, DEPLOYMENT).status()).isEqualTo(403);
        Reply bad = api.get(MANAGER, DEPLOYMENT + "?at=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().toString()).contains("at");
    }
}
