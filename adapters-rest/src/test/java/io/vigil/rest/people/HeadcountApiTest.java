package io.vigil.rest.people;

import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICE;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.SOC;
import static io.vigil.rest.ApiFixture.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.PresenceDetails;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiTestBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GET /api/v1/headcount and /api/v1/headcount/persons: counts for managers, names for security roles. */
class HeadcountApiTest extends ApiTestBase {

    @Test
    void the_headcount_counts_who_is_here_and_who_is_abroad_and_names_them_for_security_roles_only() {
        Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
        PersonId away = fixture.useCases.persons().register(officer, new PersonDetails("Away", "Abroad",
                PersonCategory.CONSULTANT, "MIGA", null, List.of(), List.of(), null, null)).person().id();
        fixture.useCases.presences().record(officer, new PresenceDetails(away,
                fixture.clock.instant().minus(Duration.ofDays(30)), fixture.clock.instant().minus(Duration.ofDays(1))));

        Reply counts = api.get(MANAGER, "/api/v1/headcount");
        assertThat(counts.status()).as(counts.raw().body()).isEqualTo(200);
        assertThat(counts.json().path("abroad").path("byOrgUnit").path("MIGA").asInt()).isEqualTo(1);
        assertThat(counts.json().path("abroad").path("byCategory").path("CONSULTANT").asInt()).isEqualTo(1);
        assertThat(counts.json().path("noStayRecorded").path("total").asInt()).isPositive();
        assertThat(api.get(MANAGER, "/api/v1/headcount/persons?where=ABROAD").status()).isEqualTo(403);
        assertThat(api.get(STAFF, "/api/v1/headcount").status()).isEqualTo(403);

        Reply names = api.get(SOC, "/api/v1/headcount/persons?where=ABROAD");
        assertThat(names.status()).isEqualTo(200);
        assertThat(names.json().path("items").get(0).path("person").asText()).isEqualTo(away.toString());
        assertThat(names.json().path("items").get(0).path("since").asText())
                .isEqualTo(fixture.clock.instant().minus(Duration.ofDays(1)).toString());
        Reply past = api.get(OFFICER, "/api/v1/headcount?at=" + fixture.clock.instant().minus(Duration.ofDays(2)));
        assertThat(past.json().path("inCountry").path("byOrgUnit").path("MIGA").asInt()).isEqualTo(1);

        Reply bad = api.get(OFFICER, "/api/v1/headcount/persons?where=MARS&at=yesterday&limit=0");
        assertThat(bad.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        bad.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("where", "at", "limit");
        assertThat(api.get(OFFICER, "/api/v1/headcount/persons").status()).isEqualTo(400);
    }
}
