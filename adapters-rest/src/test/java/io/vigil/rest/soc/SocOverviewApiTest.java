package io.vigil.rest.soc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.domain.Target;
import io.vigil.alerting.domain.TestPurpose;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.OfficeProfile;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.PresenceDetails;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiFixture;
import io.vigil.rest.ApiTestBase;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/soc/overview} on a fixture counted by hand: Mexico City holds Lucía (no stay)
 * and Ana (in the country), asked by an open roll-call where Ana needs help and Lucía is silent;
 * Guatemala City holds Gil, who left the country a week ago.
 */
class SocOverviewApiTest extends ApiTestBase {
    private static final OfficeId GUA = OfficeId.of("GT-GUA");

    @BeforeAll
    void seed() {
        Instant now = fixture.clock.instant();
        Actor officer = Actor.of("officer", ApiFixture.OFFICE, Role.SECURITY_OFFICER);
        Actor guaOfficer = Actor.of("officer-gt", GUA, Role.SECURITY_OFFICER);
        fixture.vigil.peoplePorts().offices().save(new OfficeProfile(ApiFixture.OFFICE, 0, "Mexico City",
                ZoneId.of("America/Mexico_City"), "MX"));
        fixture.vigil.peoplePorts().offices().save(new OfficeProfile(GUA, 0, "Guatemala City",
                ZoneId.of("America/Guatemala"), "GT"));
        PersonId ana = fixture.useCases.persons().register(officer, new PersonDetails("Ana", "Ruiz",
                PersonCategory.INTERNATIONAL_STAFF, "IBRD", null, List.of(), List.of(), null, null)).person().id();
        fixture.useCases.presences().record(officer, new PresenceDetails(ana, now.minus(Duration.ofDays(30)), null));
        PersonId gil = fixture.useCases.persons().register(guaOfficer, new PersonDetails("Gil", "Soto",
                PersonCategory.INTERNATIONAL_STAFF, "IFC", null, List.of(), List.of(), null, null)).person().id();
        fixture.useCases.presences().record(guaOfficer, new PresenceDetails(gil, now.minus(Duration.ofDays(60)),
                now.minus(Duration.ofDays(7))));
        List<PersonId> asked = List.of(fixture.staffPerson, ana);
        Instant start = now.minus(Duration.ofMinutes(20));
        Incident incident = new Incident(GeoArea.rectangle(new GeoPoint(19.30, -99.25), new GeoPoint(19.45, -99.10))
                .vertices(), start, 15, 45, asked.stream().map(p -> new Incident.Affected(p, "Person",
                Optional.empty(), "residence")).toList(), Optional.empty(), Optional.empty());
        CommunicationTest quake = fixture.vigil.alertingPorts().tests().save(new CommunicationTest(CommTestId.random(),
                ApiFixture.OFFICE, 0, "Earthquake", Set.of(Channel.SMS), asked, List.of(), start,
                start.plus(Duration.ofHours(4)), new Target(100, 60), "officer", TestPurpose.rollCall(incident)));
        fixture.vigil.alertingPorts().checkIns().record(quake.id(), new CheckIn(ana, Answer.NEEDS_HELP, Channel.SMS,
                start.plusSeconds(120), false));
    }

    private static JsonNode office(JsonNode overview, String id) {
        for (JsonNode o : overview.get("offices")) {
            if (o.get("office").asText().equals(id)) {
                return o;
            }
        }
        throw new AssertionError("no row for " + id + " in " + overview);
    }

    @Test
    void the_soc_reads_every_office_counts_only() {
        Reply r = api.get(ApiFixture.SOC, "/api/v1/soc/overview");
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("at").asText()).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(body.get("complete").asBoolean()).isTrue();
        assertThat(body.get("offices")).extracting(o -> o.get("office").asText()).containsExactly("GT-GUA", "MX-MEX");
        JsonNode mex = office(body, "MX-MEX");
        assertThat(mex.get("name").asText()).isEqualTo("Mexico City");
        assertThat(mex.get("headcount").toString())
                .isEqualTo("{\"inCountry\":1,\"abroad\":0,\"noStayRecorded\":1,\"total\":2}");
        assertThat(mex.get("rollCalls").toString())
                .isEqualTo("{\"open\":1,\"affected\":2,\"answered\":1,\"needsHelp\":1,\"silent\":1}");
        assertThat(mex.get("overdue").toString()).isEqualTo("{\"movements\":0,\"liaisonActions\":0,\"total\":0}");
        JsonNode gua = office(body, "GT-GUA");
        assertThat(gua.get("headcount").toString())
                .isEqualTo("{\"inCountry\":0,\"abroad\":1,\"noStayRecorded\":0,\"total\":1}");
        assertThat(gua.get("rollCalls").get("open").asInt()).isZero();
        assertThat(body.get("totals").toString())
                .isEqualTo("{\"persons\":3,\"openRollCalls\":1,\"silent\":1,\"needsHelp\":1,\"overdue\":0}");
        assertThat(r.raw().body()).doesNotContain("Ana").doesNotContain("Gil").doesNotContain("Lucía");
    }

    @Test
    void an_instant_and_a_list_of_offices_narrow_it() {
        // an hour before the roll-call started, and Gil was already gone
        JsonNode body = api.get(ApiFixture.SOC, "/api/v1/soc/overview?at=2026-03-01T11:00:00Z&offices=MX-MEX").json();
        assertThat(body.get("offices")).hasSize(1);
        assertThat(office(body, "MX-MEX").get("rollCalls").get("open").asInt()).isZero();
        assertThat(office(body, "MX-MEX").get("headcount").get("total").asInt()).isEqualTo(2);
    }

    @Test
    void a_manager_sees_their_own_office_and_is_refused_another() {
        JsonNode body = api.get(ApiFixture.MANAGER, "/api/v1/soc/overview").json();
        assertThat(body.get("offices")).extracting(o -> o.get("office").asText()).containsExactly("MX-MEX");
        Reply other = api.get(ApiFixture.MANAGER, "/api/v1/soc/overview?offices=GT-GUA");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.contentType()).startsWith("application/problem+json");
    }

    @Test
    void staff_wardens_and_vendors_are_refused_with_a_problem() {
        for (String token : List.of(ApiFixture.STAFF, ApiFixture.WARDEN, ApiFixture.VENDOR, ApiFixture.INTEGRATION)) {
            Reply r = api.get(token, "/api/v1/soc/overview");
            assertThat(r.status()).as(token).isEqualTo(403);
            assertThat(r.contentType()).as(token).startsWith("application/problem+json");
        }
        assertThat(api.get(null, "/api/v1/soc/overview").status()).isEqualTo(401);
    }

    @Test
    void bad_input_is_a_400_naming_each_field() {
        Reply r = api.get(ApiFixture.SOC, "/api/v1/soc/overview?at=yesterday&offices=mx%20mex");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.raw().body()).contains("\"at\"").contains("\"offices\"").contains("mx mex");
        String many = IntStream.range(0, 501).mapToObj(i -> "XX-" + i).collect(Collectors.joining(","));
        Reply tooMany = api.get(ApiFixture.SOC, "/api/v1/soc/overview?offices=" + many);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.raw().body()).contains("at most 500").contains("501");
        assertThat(api.get(ApiFixture.SOC, "/api/v1/soc/overview?offices=").status()).isEqualTo(400);
    }
}
