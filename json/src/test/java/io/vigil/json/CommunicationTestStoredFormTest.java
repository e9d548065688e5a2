package io.vigil.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.domain.TestPurpose;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A communication test's purpose is stored as the optional incident was before it became a type:
 * the bodies below were written by the code that still had {@code Optional<Incident> incident}.
 */
class CommunicationTestStoredFormTest {
    /** A roll-call written before the purpose was a type: one zone, one person without, wardens alerted. */
    private static final String ROLL_CALL =
            "{\"id\":\"33333333-3333-4333-8333-333333333333\",\"office\":\"MX-MEX\",\"version\":2,\"title\":\"M7.1 e"
            + "arthquake\",\"channels\":[\"SMS\"],\"audience\":[\"11111111-1111-4111-8111-111111111111\",\"22222222"
            + "-2222-4222-8222-222222222222\"],\"unreachable\":[\"22222222-2222-4222-8222-222222222222\"],\"sta"
            + "rtedAt\":\"2026-09-19T13:14:00Z\",\"closesAt\":\"2026-09-19T17:14:00Z\",\"target\":{\"percent\":100,\""
            + "minutes\":60},\"startedBy\":\"officer\",\"incident\":{\"outline\":[{\"latitude\":19.3,\"longitude\":-99"
            + ".25},{\"latitude\":19.3,\"longitude\":-99.1},{\"latitude\":19.45,\"longitude\":-99.1},{\"latitude\":"
            + "19.45,\"longitude\":-99.25}],\"at\":\"2026-09-19T13:10:00Z\",\"wardenAfterMinutes\":15,\"officerAft"
            + "erMinutes\":45,\"affected\":[{\"person\":\"11111111-1111-4111-8111-111111111111\",\"name\":\"Ana Tes"
            + "t\",\"zone\":\"CDMX-SUR\",\"reason\":\"residence: lives at Calle 1, Ciudad de México\"},{\"person\":\""
            + "22222222-2222-4222-8222-222222222222\",\"name\":\"Beto Test\",\"zone\":null,\"reason\":\"hotel stay:"
            + " staying at Hotel Reforma (mission Visit)\"}],\"wardensAlertedAt\":\"2026-09-19T13:30:00Z\",\"of"
            + "ficerAlertedAt\":null}}";

    /** A scheduled test written before the purpose was a type: {@code "incident": null}. */
    private static final String SCHEDULED =
            "{\"id\":\"44444444-4444-4444-8444-444444444444\",\"office\":\"MX-MEX\",\"version\":0,\"title\":\"Monthl"
            + "y test\",\"channels\":[\"SMS\"],\"audience\":[\"11111111-1111-4111-8111-111111111111\"],\"unreachabl"
            + "e\":[],\"startedAt\":\"2026-09-19T13:14:00Z\",\"closesAt\":\"2026-09-19T14:14:00Z\",\"target\":{\"perc"
            + "ent\":90,\"minutes\":30},\"startedBy\":\"officer\",\"incident\":null}";

    private final ObjectMapper json = VigilJson.mapper();

    @Test
    void a_roll_call_stored_before_reads_as_a_roll_call_with_its_incident_and_writes_back_the_same_body()
            throws Exception {
        CommunicationTest read = json.readValue(ROLL_CALL, CommunicationTest.class);

        assertThat(read.purpose()).isInstanceOfSatisfying(TestPurpose.RollCall.class, r -> {
            assertThat(r.about().wardenAfterMinutes()).isEqualTo(15);
            assertThat(r.about().officerAfterMinutes()).isEqualTo(45);
            assertThat(r.about().affected()).extracting(a -> a.name()).containsExactly("Ana Test", "Beto Test");
            assertThat(r.about().affected().get(1).zone()).isEmpty();
            assertThat(r.about().wardensAlertedAt()).contains(Instant.parse("2026-09-19T13:30:00Z"));
            assertThat(r.about().officerAlertedAt()).isEmpty();
        });
        assertThat(read.rollCall()).isTrue();
        ObjectNode written = (ObjectNode) json.readTree(json.writeValueAsString(read));
        ObjectNode incident = (ObjectNode) written.get("incident");
        assertThat(incident.remove("abroad")).as("nobody listed abroad").isEmpty();
        for (JsonNode affected : incident.get("affected")) {
            JsonNode reasons = ((ObjectNode) affected).remove("reasons");
            assertThat(reasons).as("the one text reason, of unknown kind").hasSize(1);
            assertThat(reasons.get(0).get("kind").asText()).isEqualTo("UNKNOWN");
            assertThat(reasons.get(0).get("place").asText()).isEqualTo(affected.get("reason").asText());
        }
        assertThat(written).as("every stored field written back the same").isEqualTo(json.readTree(ROLL_CALL));
    }

    @Test
    void a_reason_of_release_0_1_reads_as_one_legacy_reason_whose_kind_its_text_still_tells() throws Exception {
        Incident incident = json.readValue(ROLL_CALL, CommunicationTest.class).incident().orElseThrow();
        Incident.Reason legacy = incident.affected().get(1).reasons().get(0);
        assertThat(legacy.kind()).isEqualTo(Incident.ReasonKind.UNKNOWN);
        assertThat(legacy.text()).isEqualTo("hotel stay: staying at Hotel Reforma (mission Visit)");
        assertThat(legacy.point()).isEmpty();
        assertThat(legacy.placeless().text()).as("for a reader who may not see the hotel").isEqualTo("hotel stay");
        assertThat(Incident.Reason.legacy("seen at the market").placeless().text()).isEqualTo("in the area");
    }

    @Test
    void a_roll_call_with_every_reason_and_residents_abroad_writes_and_reads_back_equal() throws Exception {
        CommunicationTest old = json.readValue(ROLL_CALL, CommunicationTest.class);
        Incident incident = old.incident().orElseThrow();
        Instant at = incident.at();
        Incident.Reason home = Incident.Reason.located(Incident.ReasonKind.RESIDENCE, "lives at Calle 1, Ciudad de México",
                GeoPoint.of(19.35, -99.2), at.minusSeconds(86_400), Optional.empty(), "r-1");
        Incident.Reason seen = Incident.Reason.located(Incident.ReasonKind.LAST_KNOWN_POSITION,
                "reported position via app", GeoPoint.of(19.33, -99.22), at.minusSeconds(60),
                Optional.of(at.minusSeconds(60)), "p-1");
        Incident.Affected ana = incident.affected().get(0).withReasons(List.of(home, seen));
        Incident.Abroad away = new Incident.Abroad(PersonId.of("55555555-5555-4555-8555-555555555555"), "Away Test",
                home, Optional.of(at.minusSeconds(3600)));
        CommunicationTest now = old.withIncident(incident.withAffected(List.of(ana, incident.affected().get(1)))
                .withAbroad(List.of(away)));
        String body = json.writeValueAsString(now);
        assertThat(json.readTree(body).path("incident").path("affected").get(0).path("reason").asText())
                .as("the text release 0.1 reads").isEqualTo("residence: lives at Calle 1, Ciudad de México;"
                        + " last known position: reported position via app");
        assertThat(json.readValue(body, CommunicationTest.class)).isEqualTo(now);
    }

    @Test
    void a_scheduled_test_stored_before_reads_as_scheduled_and_writes_back_the_same_body() throws Exception {
        CommunicationTest read = json.readValue(SCHEDULED, CommunicationTest.class);

        assertThat(read.purpose()).isEqualTo(TestPurpose.scheduled());
        assertThat(read.rollCall()).isFalse();
        assertThat(read.incident()).isEmpty();
        assertThat(json.readTree(json.writeValueAsString(read))).isEqualTo(json.readTree(SCHEDULED));
    }

    @Test
    void a_body_without_the_property_reads_as_a_scheduled_test() throws Exception {
        String without = SCHEDULED.replace(",\"incident\":null", "");
        assertThat(without).doesNotContain("incident");

        assertThat(json.readValue(without, CommunicationTest.class).purpose()).isEqualTo(TestPurpose.scheduled());
    }
}
