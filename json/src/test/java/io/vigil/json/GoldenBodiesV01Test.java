package io.vigil.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Drill;
import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.domain.OnCallShift;
import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.domain.RequestStatus;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.domain.PositionReport;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.WardenZone;
import io.vigil.risk.domain.AssessmentStatus;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.RestrictedArea;
import io.vigil.risk.domain.RiskLevel;
import io.vigil.risk.domain.RiskPolicy;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.domain.VenueAssessment;
import io.vigil.testkit.golden.GoldenBodies;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every record the 0.1 reference app stored in its JSON directory still reads, and writes back with plain-string ids. */
class GoldenBodiesV01Test {
    /** How the files adapter stores a check-in: with the test it answers. */
    record StoredCheckIn(CommTestId test, CheckIn checkIn) {
    }

    private static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry("persons", Person.class), Map.entry("residences", Residence.class),
            Map.entry("presences", Presence.class), Map.entry("missions", Mission.class),
            Map.entry("positions", PositionReport.class), Map.entry("warden-zones", WardenZone.class),
            Map.entry("audit", AuditEntry.class), Map.entry("assessments", SecurityAssessment.class),
            Map.entry("risk-policies", RiskPolicy.class), Map.entry("restricted-areas", RestrictedArea.class),
            Map.entry("venues", VenueAssessment.class), Map.entry("facilities", Facility.class),
            Map.entry("on-call", OnCallShift.class), Map.entry("emergencies", EmergencyRequest.class),
            Map.entry("advisories", Advisory.class), Map.entry("communication-tests", CommunicationTest.class),
            Map.entry("check-ins", StoredCheckIn.class), Map.entry("phone-trees", PhoneTree.class));

    /** Sets of the domain (Set.copyOf), written in no fixed order. */
    private static final Set<String> UNORDERED = Set.of("communication-tests/$.channels", "advisories/$.channels",
            "restricted-areas/$.rules");

    private final ObjectMapper json = VigilJson.mapper();

    static Stream<Arguments> bodies() {
        return GoldenBodies.storeDirs(GoldenBodies.V0_1).stream()
                .flatMap(dir -> GoldenBodies.of(GoldenBodies.V0_1, dir).entrySet().stream()
                        .map(e -> Arguments.of(dir + "/" + e.getKey(), TYPES.get(dir), e.getValue())));
    }

    @Test
    void every_store_directory_of_the_reference_app_has_golden_bodies_and_a_type() {
        assertThat(GoldenBodies.storeDirs(GoldenBodies.V0_1)).containsExactlyInAnyOrderElementsOf(TYPES.keySet());
        for (String dir : TYPES.keySet()) {
            assertThat(GoldenBodies.of(GoldenBodies.V0_1, dir)).as(dir).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void a_stored_body_reads_and_writes_back_every_field_with_ids_as_strings(String file, Class<?> type, String body)
            throws Exception {
        Object read = json.readValue(body, type);

        String rewritten = json.writeValueAsString(read);
        JsonNode written = json.readTree(rewritten);
        assertThat(idObjectsIn(written, "$")).as("ids written as {\"value\": ...} in %s", file).isEmpty();
        assertContains(written, withIdsAsStrings(json.readTree(body)), file.substring(0, file.indexOf('/') + 1) + "$");
        assertThat(json.readValue(rewritten, type)).isEqualTo(read);
    }

    @Test
    void a_dependent_keeps_her_sponsor_and_blood_type() throws Exception {
        Person beatriz = read("persons", "0a76dd38-23ee-4086-aee7-0e5280d1fd5f", Person.class);
        assertThat(beatriz.givenName()).isEqualTo("Beatriz");
        assertThat(beatriz.familyName()).isEqualTo("Dubois López");
        assertThat(beatriz.category()).isEqualTo(PersonCategory.DEPENDENT);
        assertThat(beatriz.sponsor()).contains(PersonId.of("f0696ba5-93f8-44df-9435-2e423e937129"));
        assertThat(beatriz.specialNeeds()).isEmpty();
        assertThat(beatriz.language()).as("stored before persons had a preferred language").isEmpty();
        assertThat(beatriz.bloodType()).map(Enum::name).contains("O_NEGATIVE");
        assertThat(beatriz.emergencyContacts()).singleElement()
                .satisfies(c -> assertThat(c.phone()).isEqualTo("+52 55 2129 2365"));
    }

    @Test
    void an_approved_and_a_draft_assessment_keep_their_approval() throws Exception {
        SecurityAssessment approved = read("assessments", "106fd8c5-d4d3-4ce2-ad0c-bf2bd0ea2bc9",
                SecurityAssessment.class);
        assertThat(approved.id().toString()).isEqualTo("106fd8c5-d4d3-4ce2-ad0c-bf2bd0ea2bc9");
        assertThat(approved.status()).isEqualTo(AssessmentStatus.APPROVED);
        assertThat(approved.approvedBy()).contains("vigil-demo-seed");
        assertThat(approved.approvedAt()).contains(Instant.parse("2026-12-01T20:03:02.008454725Z"));
        assertThat(approved.securityLevel()).contains(3);
        assertThat(approved.risks()).hasSize(6);
        assertThat(approved.risks().get(0).threat()).isEqualTo("express kidnapping from street taxis and ride-hailing");

        SecurityAssessment draft = read("assessments", "a7381659-f8c8-421f-8e64-a02df6a8196d", SecurityAssessment.class);
        assertThat(draft.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(draft.approvedBy()).isEmpty();
        assertThat(draft.approvedAt()).isEmpty();
    }

    @Test
    void the_configured_risk_policy_keeps_its_changed_cell() throws Exception {
        RiskPolicy policy = read("risk-policies", "MX-MEX", RiskPolicy.class);
        assertThat(policy.id().value()).isEqualTo("MX-MEX");
        assertThat(policy.version()).isEqualTo(1);
        assertThat(policy.matrix().cells().get(0)).containsExactly(RiskLevel.VERY_LOW, RiskLevel.VERY_LOW,
                RiskLevel.VERY_LOW, RiskLevel.LOW, RiskLevel.MEDIUM);
    }

    @Test
    void a_roll_call_keeps_its_incident_and_a_plain_test_has_none() throws Exception {
        CommunicationTest rollCall = read("communication-tests", "88274784-ad61-4492-8e6e-ca59862d2f90",
                CommunicationTest.class);
        assertThat(rollCall.rollCall()).isTrue();
        assertThat(rollCall.unreachable()).hasSize(3);
        assertThat(rollCall.incident()).hasValueSatisfying(incident -> {
            assertThat(incident.wardenAfterMinutes()).isEqualTo(15);
            assertThat(incident.officerAfterMinutes()).isEqualTo(45);
            assertThat(incident.outline()).hasSize(4);
            assertThat(incident.affected()).hasSize(18);
            assertThat(incident.affected().get(0).zone().map(Object::toString)).contains("CDMX-SUR");
            assertThat(incident.affected().get(0).reasons()).as("one text reason: a legacy reason of unknown kind")
                    .singleElement().satisfies(r -> {
                        assertThat(r.kind()).isEqualTo(Incident.ReasonKind.UNKNOWN);
                        assertThat(r.text()).isEqualTo("residence: lives at Calle 51 #414, Ciudad de México");
                        assertThat(r.placeless().text()).isEqualTo("residence");
                    });
            assertThat(incident.abroad()).isEmpty();
            assertThat(incident.wardensAlertedAt()).isEmpty();
        });

        CommunicationTest monthly = read("communication-tests", "60a990a3-bfc3-4482-a9af-f75f3a93d701",
                CommunicationTest.class);
        assertThat(monthly.incident()).isEmpty();
        assertThat(monthly.audience()).hasSize(61);
        assertThat(monthly.target().percent()).isEqualTo(90);
    }

    @Test
    void emergency_requests_keep_their_responses_status_and_missing_location() throws Exception {
        EmergencyRequest open = read("emergencies", "d277e4df-3335-4c75-8e22-b867fb65d0e9", EmergencyRequest.class);
        assertThat(open.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(open.closedAt()).isEmpty();
        assertThat(open.responses()).singleElement().satisfies(r -> {
            assertThat(r.by()).isEqualTo("officer@demo");
            assertThat(r.action()).isEqualTo("Told staff to stay inside the office until the blockade clears");
        });
        EmergencyRequest closed = read("emergencies", "5e43046e-4df1-4285-a294-0c4bbbfba79f", EmergencyRequest.class);
        assertThat(closed.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(closed.closedAt()).isPresent();
        assertThat(closed.responses()).hasSize(2);
        EmergencyRequest unlocated = read("emergencies", "ac15dfd4-c305-4e46-abb8-159223585819",
                EmergencyRequest.class);
        assertThat(unlocated.location()).isEmpty();
        assertThat(unlocated.responses()).isEmpty();
    }

    @Test
    void the_phone_tree_keeps_an_ended_and_a_running_drill() throws Exception {
        PhoneTree tree = read("phone-trees", "9131cc3e-e330-41d3-bf3c-0446b0898918", PhoneTree.class);
        assertThat(tree.version()).isEqualTo(11);
        assertThat(tree.name()).isEqualTo("Mexico City office tree");
        Drill ended = drill(tree, "41e542f5-a2ca-49c4-9821-2bb14450370e");
        assertThat(ended.endedAt()).contains(Instant.parse("2026-12-01T20:04:07.879711574Z"));
        assertThat(ended.targetMinutes()).isEqualTo(30);
        assertThat(ended.calls()).hasSize(7);
        assertThat(ended.calls().get(6).callee()).isEqualTo(PersonId.of("56b1e867-9931-489e-98a1-9e4a640ec283"));
        assertThat(ended.calls().get(6).answered()).isTrue();
        Drill running = drill(tree, "92cbf852-851d-4c35-9b59-2bd542c305d3");
        assertThat(running.endedAt()).isEmpty();
        assertThat(running.calls()).isEmpty();
        assertThat(running.targetMinutes()).isEqualTo(20);
    }

    @Test
    void advisories_keep_their_acknowledgements_and_zone_audience() throws Exception {
        Advisory marches = read("advisories", "43a5408b-53a2-4393-b4cd-3925085954e7", Advisory.class);
        assertThat(marches.acknowledgements()).singleElement()
                .satisfies(a -> assertThat(a.person()).isEqualTo(PersonId.of("a835416d-1794-4dfc-a3bf-2df7e0860815")));
        Advisory gasLeak = read("advisories", "8fb0ddda-f9b1-4ae1-af37-555d4bcaa8bb", Advisory.class);
        assertThat(gasLeak.audience().kind().name()).isEqualTo("ZONE");
        assertThat(gasLeak.audience().zone().map(Object::toString)).contains("CDMX-SUR");
    }

    @Test
    void check_ins_warden_zones_and_audit_entries_keep_their_fields() throws Exception {
        StoredCheckIn help = read("check-ins",
                "88274784-ad61-4492-8e6e-ca59862d2f90-a835416d-1794-4dfc-a3bf-2df7e0860815", StoredCheckIn.class);
        assertThat(help.test()).isEqualTo(CommTestId.of("88274784-ad61-4492-8e6e-ca59862d2f90"));
        assertThat(help.checkIn().answer()).isEqualTo(Answer.NEEDS_HELP);
        assertThat(help.checkIn().late()).isFalse();
        StoredCheckIn late = read("check-ins",
                "60a990a3-bfc3-4482-a9af-f75f3a93d701-e48bb2b8-2ad6-44f8-a018-d15882ddbbab", StoredCheckIn.class);
        assertThat(late.checkIn().late()).isTrue();

        WardenZone south = read("warden-zones", "CDMX-SUR", WardenZone.class);
        assertThat(south.id().value()).isEqualTo("CDMX-SUR");
        assertThat(south.warden()).isEqualTo(PersonId.of("16158f8d-3dbd-4ae7-939a-cf3f1e908674"));
        assertThat(south.alternates()).containsExactly(PersonId.of("a835416d-1794-4dfc-a3bf-2df7e0860815"));

        AuditEntry refused = read("audit", "26145d71-94db-4a43-b1ac-8606e7312730", AuditEntry.class);
        assertThat(refused.granted()).isFalse();
        assertThat(refused.actor()).isEqualTo("staff@demo");
        assertThat(refused.resourceId()).isEqualTo("MX-MEX");
        assertThat(refused.basis()).startsWith("no role of actor 'staff@demo' (STAFF)");
    }

    private <T> T read(String dir, String key, Class<T> type) throws Exception {
        String body = GoldenBodies.of(GoldenBodies.V0_1, dir).get(key + ".json");
        assertThat(body).as("golden body %s/%s.json", dir, key).isNotNull();
        return json.readValue(body, type);
    }

    private static Drill drill(PhoneTree tree, String id) {
        Optional<Drill> drill = tree.drills().stream().filter(d -> d.id().toString().equals(id)).findFirst();
        assertThat(drill).as("drill %s", id).isPresent();
        return drill.get();
    }

    /** The paths of every object that is exactly {"value": <text>}: the 0.1 form of an id. */
    private static List<String> idObjectsIn(JsonNode node, String path) {
        if (isIdObject(node)) {
            return List.of(path);
        }
        List<String> found = new java.util.ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> found.addAll(idObjectsIn(f.getValue(), path + "." + f.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.addAll(idObjectsIn(node.get(i), path + "[" + i + "]"));
            }
        }
        return found;
    }

    private static boolean isIdObject(JsonNode node) {
        return node.isObject() && node.size() == 1 && node.has("value") && node.get("value").isTextual();
    }

    /** The stored tree with every {"value": "x"} replaced by "x". */
    private static JsonNode withIdsAsStrings(JsonNode node) {
        if (isIdObject(node)) {
            return node.get("value");
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = object.objectNode();
            object.fields().forEachRemaining(f -> copy.set(f.getKey(), withIdsAsStrings(f.getValue())));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode();
            array.forEach(e -> copy.add(withIdsAsStrings(e)));
            return copy;
        }
        return node;
    }

    /** Every field of the stored tree is in the written one with the same value (a new field may be added). */
    private static void assertContains(JsonNode written, JsonNode stored, String path) {
        if (stored.isObject()) {
            assertThat(written.isObject()).as("%s is an object", path).isTrue();
            for (Iterator<String> names = stored.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                assertThat(written.has(name)).as("%s.%s is written back", path, name).isTrue();
                assertContains(written.get(name), stored.get(name), path + "." + name);
            }
        } else if (stored.isArray()) {
            assertThat(written.isArray() && written.size() == stored.size()).as("%s has %d elements", path,
                    stored.size()).isTrue();
            if (UNORDERED.contains(path)) {
                assertThat(written).as(path).containsExactlyInAnyOrderElementsOf(stored);
                return;
            }
            for (int i = 0; i < stored.size(); i++) {
                assertContains(written.get(i), stored.get(i), path + "[" + i + "]");
            }
        } else {
            assertThat(written).as(path).isEqualTo(stored);
        }
    }
}
