package io.vigil.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.vigil.kernel.PersonId;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.Residence;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.RiskPolicy;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.PeopleGenerators;
import io.vigil.testkit.generators.RiskGenerators;
import io.vigil.testkit.generators.Theories;
import org.junit.jupiter.api.Test;

class VigilJsonTest {
    private final ObjectMapper json = VigilJson.mapper();

    @Test
    void persons_survive_a_round_trip() {
        Theories.qt(50).forAll(KernelGenerators.inFreshOffices(PeopleGenerators::persons))
                .checkAssert(p -> assertThat(roundTrip(p, Person.class)).isEqualTo(p));
    }

    @Test
    void residences_and_missions_survive_a_round_trip() {
        Theories.qt(50).forAll(KernelGenerators.inFreshOffices(PeopleGenerators::residences),
                KernelGenerators.inFreshOffices(PeopleGenerators::missions)).checkAssert((r, m) -> {
                    assertThat(roundTrip(r, Residence.class)).isEqualTo(r);
                    assertThat(roundTrip(m, Mission.class)).isEqualTo(m);
                });
    }

    @Test
    void risk_records_survive_a_round_trip() {
        Theories.qt(50).forAll(KernelGenerators.inFreshOffices(RiskGenerators::assessments),
                KernelGenerators.inFreshOffices(RiskGenerators::facilities), RiskGenerators.policies())
                .checkAssert((a, f, p) -> {
                    assertThat(roundTrip(a, SecurityAssessment.class)).isEqualTo(a);
                    assertThat(roundTrip(f, Facility.class)).isEqualTo(f);
                    assertThat(roundTrip(p, RiskPolicy.class)).isEqualTo(p);
                });
    }

    private <T> T roundTrip(T value, Class<T> type) {
        try {
            return json.readValue(json.writeValueAsString(value), type);
        } catch (JsonProcessingException e) {
            throw new AssertionError("no round trip for " + value, e);
        }
    }

    @Test
    void typed_ids_are_plain_strings() throws Exception {
        PersonId id = PersonId.random();
        assertThat(json.writeValueAsString(id)).isEqualTo("\"" + id + "\"");
    }

    @Test
    void a_malformed_id_names_the_problem() {
        assertThatThrownBy(() -> json.readValue("\"not-a-uuid\"", PersonId.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("personId must be a UUID");
    }

    @Test
    void unknown_properties_are_refused() {
        assertThatThrownBy(() -> json.readValue("{\"latitude\":1,\"longitude\":2,\"altitude\":3}",
                io.vigil.kernel.geo.GeoPoint.class)).isInstanceOf(UnrecognizedPropertyException.class);
    }
}
