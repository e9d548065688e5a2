package io.vigil.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.alerting.domain.DrillState;
import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.domain.RequestState;
import io.vigil.risk.domain.AssessmentState;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.testkit.golden.GoldenBodies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Lifecycle states are stored in the flat form written before they were types: bodies of that
 * form (captured from the code before the change, and the 0.1 golden bodies) read into the state
 * they name, and write back field for field.
 */
class StoredLifecyclesTest {
    private static final Instant APPROVED_AT = Instant.parse("2026-12-01T20:03:02.008454725Z");

    private final ObjectMapper json = VigilJson.mapper();

    private static String resource(String name) throws IOException {
        try (InputStream in = StoredLifecyclesTest.class.getResourceAsStream("states/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String golden(String dir, String id) {
        return GoldenBodies.of(GoldenBodies.V0_1, dir).get(id + ".json");
    }

    private void writesBackTheSameFields(String body, Class<?> type) throws IOException {
        JsonNode stored = json.readTree(body);
        JsonNode written = json.readTree(json.writeValueAsString(json.readValue(body, type)));
        assertThat(written).isEqualTo(stored);
    }

    @Test
    void an_assessment_in_review_reads_as_in_review_and_writes_back_unchanged() throws IOException {
        String body = resource("assessment-in-review.json");
        assertThat(json.readValue(body, SecurityAssessment.class).state()).isEqualTo(new AssessmentState.InReview());
        writesBackTheSameFields(body, SecurityAssessment.class);
    }

    @Test
    void a_superseded_assessment_keeps_its_approval() throws IOException {
        String body = resource("assessment-superseded.json");
        assertThat(json.readValue(body, SecurityAssessment.class).state())
                .isEqualTo(new AssessmentState.Superseded("vigil-demo-seed", APPROVED_AT));
        writesBackTheSameFields(body, SecurityAssessment.class);
    }

    @Test
    void the_golden_approved_and_draft_assessments_read_as_those_states() throws IOException {
        String approved = golden("assessments", "106fd8c5-d4d3-4ce2-ad0c-bf2bd0ea2bc9");
        assertThat(json.readValue(approved, SecurityAssessment.class).state())
                .isEqualTo(new AssessmentState.Approved("vigil-demo-seed", APPROVED_AT));
        assertThat(json.readValue(golden("assessments", "a7381659-f8c8-421f-8e64-a02df6a8196d"),
                SecurityAssessment.class).state()).isEqualTo(new AssessmentState.Draft());
    }

    @Test
    void an_approved_assessment_is_written_with_the_flat_status_and_approval_fields() throws IOException {
        SecurityAssessment approved = json.readValue(golden("assessments", "106fd8c5-d4d3-4ce2-ad0c-bf2bd0ea2bc9"),
                SecurityAssessment.class);
        JsonNode written = json.valueToTree(approved);
        assertThat(written.get("status").textValue()).isEqualTo("APPROVED");
        assertThat(written.get("approvedBy").textValue()).isEqualTo("vigil-demo-seed");
        assertThat(written.get("approvedAt").textValue()).isEqualTo("2026-12-01T20:03:02.008454725Z");
        assertThat(written.has("state")).isFalse();
    }

    @Test
    void a_stored_approval_without_its_status_is_refused_as_unreadable() throws IOException {
        ObjectNode broken = (ObjectNode) json.readTree(resource("assessment-in-review.json"));
        broken.put("approvedAt", "2026-12-01T20:03:02Z");
        assertThatThrownBy(() -> json.treeToValue(broken, SecurityAssessment.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("approvedAt must be set exactly");
    }

    @Test
    void open_and_closed_golden_requests_read_as_those_states() throws IOException {
        String open = golden("emergencies", "d277e4df-3335-4c75-8e22-b867fb65d0e9");
        assertThat(json.readValue(open, EmergencyRequest.class).state()).isEqualTo(new RequestState.Open());
        String closed = golden("emergencies", "5e43046e-4df1-4285-a294-0c4bbbfba79f");
        EmergencyRequest request = json.readValue(closed, EmergencyRequest.class);
        assertThat(request.state()).isInstanceOf(RequestState.Closed.class);
        assertThat(((RequestState.Closed) request.state()).at())
                .isEqualTo(Instant.parse(json.readTree(closed).get("closedAt").textValue()));
        writesBackTheSameFields(json.writeValueAsString(request), EmergencyRequest.class);
        assertThat(json.valueToTree(request).get("status").textValue()).isEqualTo("CLOSED");
    }

    @Test
    void the_golden_drills_read_as_ended_and_running() throws IOException {
        PhoneTree tree = json.readValue(golden("phone-trees", "9131cc3e-e330-41d3-bf3c-0446b0898918"), PhoneTree.class);
        assertThat(tree.drills()).extracting(d -> d.state()).contains(
                new DrillState.Ended(Instant.parse("2026-12-01T20:04:07.879711574Z")), new DrillState.Running());
        JsonNode written = json.valueToTree(tree);
        assertThat(written.get("drills").findValues("endedAt")).hasSize(tree.drills().size());
        assertThat(written.get("drills").findValues("state")).isEmpty();
    }
}
