package io.vigil.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.vigil.testkit.arbitraries.RiskArbitraries;
import io.vigil.testkit.arbitraries.VigilArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class VigilJsonTest {
    private final ObjectMapper json = VigilJson.mapper();

    @Property(tries = 50)
    void persons_survive_a_round_trip(@ForAll("persons") Person p) throws Exception {
        assertThat(json.readValue(json.writeValueAsString(p), Person.class)).isEqualTo(p);
    }

    @Property(tries = 50)
    void residences_and_missions_survive_a_round_trip(@ForAll("residences") Residence r, @ForAll("missions") Mission m)
            throws Exception {
        assertThat(json.readValue(json.writeValueAsString(r), Residence.class)).isEqualTo(r);
        assertThat(json.readValue(json.writeValueAsString(m), Mission.class)).isEqualTo(m);
    }

    @Property(tries = 50)
    void risk_records_survive_a_round_trip(@ForAll("assessments") SecurityAssessment a,
                                           @ForAll("facilities") Facility f) throws Exception {
        assertThat(json.readValue(json.writeValueAsString(a), SecurityAssessment.class)).isEqualTo(a);
        assertThat(json.readValue(json.writeValueAsString(f), Facility.class)).isEqualTo(f);
        RiskPolicy p = RiskArbitraries.policies().sample();
        assertThat(json.readValue(json.writeValueAsString(p), RiskPolicy.class)).isEqualTo(p);
    }

    @Provide
    Arbitrary<SecurityAssessment> assessments() {
        return RiskArbitraries.assessments(VigilArbitraries.freshOffice());
    }

    @Provide
    Arbitrary<Facility> facilities() {
        return RiskArbitraries.facilities(VigilArbitraries.freshOffice());
    }

    @Provide
    Arbitrary<Person> persons() {
        return VigilArbitraries.persons(VigilArbitraries.freshOffice());
    }

    @Provide
    Arbitrary<Residence> residences() {
        return VigilArbitraries.residences(VigilArbitraries.freshOffice());
    }

    @Provide
    Arbitrary<Mission> missions() {
        return VigilArbitraries.missions(VigilArbitraries.freshOffice());
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
