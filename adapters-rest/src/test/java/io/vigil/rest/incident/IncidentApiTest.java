package io.vigil.rest.incident;

import static io.vigil.rest.ApiFixture.ASSOCIATE;
import static io.vigil.rest.ApiFixture.INVESTIGATOR;
import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICE;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.OTHER_OFFICE;
import static io.vigil.rest.ApiFixture.SOC;
import static io.vigil.rest.ApiFixture.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.crisis.domain.TeamRole;
import io.vigil.crisis.port.in.TeamDetails;
import io.vigil.incident.domain.IncidentData;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.rest.ApiClient;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiTestBase;
import io.vigil.risk.domain.Impact;
import io.vigil.risk.domain.Likelihood;
import io.vigil.risk.domain.ProgrammeCriticality;
import io.vigil.risk.domain.Risk;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.domain.ThreatCategory;
import io.vigil.risk.domain.Treatment;
import io.vigil.risk.port.in.AssessmentDetails;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every incident route over HTTP: success, bad input (400 naming each field), denials, conflicts. */
class IncidentApiTest extends ApiTestBase {
    private static final String REPORTS = "/api/v1/incidents/reports";
    private static final String ENQUIRIES = "/api/v1/incidents/enquiries";
    private static final String SETTINGS = "/api/v1/incidents/settings";
    private static final List<Map<String, Object>> POLANCO = List.of(point(19.42, -99.21), point(19.42, -99.17),
            point(19.45, -99.17), point(19.45, -99.21));

    private static Map<String, Object> point(double lat, double lon) {
        return Map.of("latitude", lat, "longitude", lon);
    }

    private static List<String> fields(Reply r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private Reply post(String token, String path, String body) {
        return api.post(token, path, body);
    }

    private Reply post(String token, String path, String body, String ifMatch) {
        return api.send(token, "POST", path, body, "application/json", ifMatch);
    }

    private static String detail(Reply r) {
        return r.raw().body();
    }

    private String report(String subtype, String category, String severity, Instant at, boolean area) {
        return report(subtype, category, severity, at, area, 19.433, -99.19);
    }

    private String report(String subtype, String category, String severity, Instant at, boolean area, double lat,
                          double lon) {
        Map<String, Object> place = new HashMap<>();
        place.put("description", "Av. Presidente Masaryk, Polanco");
        if (area) {
            place.put("area", POLANCO);
        } else {
            place.put("point", point(lat, lon));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("category", category);
        body.put("subtype", subtype);
        body.put("title", "Armed robbery of a staff member");
        body.put("narrative", "Two men on a motorbike took a phone and a wallet at gunpoint.");
        body.put("occurredAt", at.toString());
        body.put("place", place);
        body.put("persons", List.of(Map.of("person", fixture.staffPerson.toString(), "name", "Lucía Hernández",
                "harm", "HARASSED")));
        body.put("assets", List.of(Map.of("description", "Office phone", "damage", "DESTROYED")));
        body.put("severity", severity);
        body.put("source", "the staff member, by phone");
        body.put("verification", "CONFIRMED");
        return ApiClient.json(body);
    }

    private JsonNode created(String token, String path, String body) {
        Reply r = post(token, path, body);
        assertThat(r.status()).as(detail(r)).isEqualTo(201);
        return r.json();
    }

    @BeforeAll
    void chain() {
        Reply current = api.get(OFFICER, SETTINGS);
        Map<String, Object> body = new HashMap<>();
        body.put("chain", List.of(
                Map.of("role", "COM", "name", "Country manager", "channel", "EMAIL", "address", "com@example.org"),
                Map.of("role", "RSO", "name", "Regional security", "channel", "EMAIL", "address", "rso@example.org"),
                Map.of("role", "SOC", "name", "Operations centre", "channel", "SMS", "address", "+52 55 5000 0000")));
        body.put("codeList", "HIS-2024");
        body.put("codes", Map.of("armed-robbery", "CR.ROB.ARM", "road-traffic-crash", "HZ.RTC"));
        Reply set = api.put(OFFICER, SETTINGS, ApiClient.json(body), current.etag());
        assertThat(set.status()).as(detail(set)).isEqualTo(200);
    }

    @Test
    void settings_are_read_by_the_office_set_by_security_roles_and_bad_ones_name_each_field() {
        Reply read = api.get(MANAGER, SETTINGS);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("chain")).hasSize(3);
        assertThat(read.json().path("taxonomy").path("categories")).hasSize(5);
        assertThat(api.get(STAFF, SETTINGS).status()).isEqualTo(403);
        Reply bad = api.put(OFFICER, SETTINGS, ApiClient.json(Map.of("codeList", " ", "chain",
                List.of(Map.of("role", "com", "name", "x", "address", "a@b.org")))), read.etag());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(fields(bad)).contains("codeList", "chain[0].role", "chain[0].channel");
        assertThat(api.put(MANAGER, SETTINGS, ApiClient.json(Map.of("codeList", "x")), read.etag()).status())
                .isEqualTo(403);
        assertThat(api.put(OFFICER, SETTINGS, ApiClient.json(Map.of("codeList", "x")), "\"0\"").status())
                .as("stale").isEqualTo(412);
    }

    @Test
    void a_critical_incident_sends_the_flash_report_to_the_chain_at_once_and_hides_persons_from_the_com() {
        Instant at = fixture.clock.instant().minus(Duration.ofHours(1));
        JsonNode r = created(ASSOCIATE, REPORTS, report("armed-robbery", "crime", "CRITICAL", at, false));
        assertThat(r.path("flashRequired").asBoolean()).isTrue();
        assertThat(r.path("writtenDue").asText()).isEqualTo(at.plus(Duration.ofHours(24)).toString());
        assertThat(r.path("notices")).hasSize(3);
        List<OutboundMessage> flash = fixture.vigil.gateway().sent(OFFICE).stream()
                .filter(m -> m.id().startsWith("incident-" + r.path("id").asText() + "-flash")).toList();
        assertThat(flash).extracting(OutboundMessage::address)
                .containsExactlyInAnyOrder("com@example.org", "rso@example.org", "+52 55 5000 0000");
        assertThat(flash).allSatisfy(m -> assertThat(m.text()).doesNotContain("Lucía"));
        String location = REPORTS + "/" + r.path("id").asText();

        Reply com = api.get(MANAGER, location);
        assertThat(com.status()).isEqualTo(200);
        assertThat(com.json().path("persons").get(0).path("name").asText()).isEqualTo("(withheld)");
        assertThat(com.json().path("persons").get(0).path("harm").asText()).isEqualTo("HARASSED");
        assertThat(com.json().path("persons").get(0).has("person")
                && !com.json().path("persons").get(0).path("person").isNull()).isFalse();
        Reply officer = api.get(OFFICER, location);
        assertThat(officer.json().path("persons").get(0).path("name").asText()).isEqualTo("Lucía Hernández");
        List<AuditEntry> audited = fixture.vigil.audit().find(Actor.of("officer", OFFICE, Role.SECURITY_OFFICER),
                new AuditQuery(OFFICE, Optional.of("officer"), Optional.of(fixture.staffPerson)),
                new PageRequest(0, 100)).items();
        assertThat(audited).anySatisfy(e -> {
            assertThat(e.resourceId()).isEqualTo(r.path("id").asText());
            assertThat(e.dataClass()).isEqualTo(IncidentData.INCIDENT_PERSONS);
            assertThat(e.persons()).containsExactly(fixture.staffPerson);
        });
        assertThat(api.get(SOC, location).json().path("persons").get(0).path("name").asText())
                .as("the SOC reads every office with the persons").isEqualTo("Lucía Hernández");
        assertThat(api.get(STAFF, location).status()).isEqualTo(403);
        assertThat(api.get(OTHER_OFFICE, location).status()).isEqualTo(403);
        assertThat(api.get(MANAGER, REPORTS).json().path("items").findValuesAsText("name")).doesNotContain(
                "Lucía Hernández");
    }

    @Test
    void a_report_is_replaced_at_its_version_a_bad_replacement_changes_nothing_and_a_closed_one_stays() {
        Instant at = fixture.clock.instant().minus(Duration.ofHours(2));
        JsonNode r = created(ASSOCIATE, REPORTS, report("armed-robbery", "crime", "MODERATE", at, false));
        String location = REPORTS + "/" + r.path("id").asText();
        Reply bad = api.put(ASSOCIATE, location, ApiClient.json(Map.of("title", "")), "\"1\"");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).contains("title", "category", "severity");
        assertThat(api.get(ASSOCIATE, location).json().path("title").asText()).as("unchanged")
                .isEqualTo("Armed robbery of a staff member");
        Reply critical = api.put(ASSOCIATE, location, report("armed-robbery", "crime", "CRITICAL", at, false)
                .replace("Armed robbery of a staff member", "Armed robbery, two staff members"), "\"1\"");
        assertThat(critical.status()).as(detail(critical)).isEqualTo(200);
        assertThat(critical.json().path("title").asText()).isEqualTo("Armed robbery, two staff members");
        assertThat(critical.json().path("writtenDue").asText()).as("the deadline follows the severity")
                .isEqualTo(at.plus(Duration.ofHours(24)).toString());
        assertThat(api.put(ASSOCIATE, location, report("armed-robbery", "crime", "MINOR", at, false), "\"1\"")
                .status()).as("stale").isEqualTo(412);
        assertThat(api.put(ASSOCIATE, location, report("armed-robbery", "crime", "MINOR", at, false), null)
                .status()).isEqualTo(428);
        assertThat(api.put(MANAGER, location, report("armed-robbery", "crime", "MINOR", at, false),
                critical.etag()).status()).isEqualTo(403);
        Reply closed = post(ASSOCIATE, location + "/close", "", critical.etag());
        assertThat(closed.status()).as(detail(closed)).isEqualTo(200);
        assertThat(api.put(ASSOCIATE, location, report("armed-robbery", "crime", "MINOR", at, false),
                closed.etag()).status()).as("closed").isEqualTo(409);
        assertThat(api.get(STAFF, "/api/v1/incidents/late-reports").status()).isEqualTo(403);
        assertThat(api.get(STAFF, "/api/v1/incidents/overdue").status()).isEqualTo(403);
        JsonNode other = created(ASSOCIATE, REPORTS, report("theft", "crime", "MINOR", at, false));
        String gone = REPORTS + "/" + other.path("id").asText();
        assertThat(api.delete(MANAGER, gone, "\"1\"").status()).isEqualTo(403);
        assertThat(api.delete(ASSOCIATE, gone, "\"1\"").status()).isEqualTo(204);
        assertThat(api.get(ASSOCIATE, gone).status()).isEqualTo(404);
    }

    @Test
    void bad_reports_name_every_field_and_an_unknown_subtype_names_it() {
        Reply bad = post(ASSOCIATE, REPORTS, ApiClient.json(Map.of("title", " ", "place",
                Map.of("description", "x"), "persons", List.of(Map.of("name", "A")))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).contains("category", "subtype", "title", "occurredAt", "severity", "source",
                "persons[0].harm");
        assertThat(detail(bad)).doesNotContain("java.", "io.vigil");
        Reply unknown = post(ASSOCIATE, REPORTS, report("pickpocketing", "crime", "MINOR",
                fixture.clock.instant(), false));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("subtype");
        assertThat(detail(unknown)).contains("pickpocketing");
        Reply both = post(ASSOCIATE, REPORTS, ApiClient.json(Map.of("category", "crime", "subtype", "theft",
                "title", "Theft", "occurredAt", fixture.clock.instant().toString(), "severity", "MINOR", "source", "guard",
                "place", Map.of("description", "Gate", "point", point(19.4, -99.1), "area", POLANCO))));
        assertThat(both.status()).as(detail(both)).isEqualTo(400);
        assertThat(fields(both)).containsExactly("place");
        assertThat(post(MANAGER, REPORTS, report("armed-robbery", "crime", "MINOR", fixture.clock.instant(),
                false)).status()).isEqualTo(403);
        Reply future = post(ASSOCIATE, REPORTS, report("armed-robbery", "crime", "MINOR",
                fixture.clock.instant().plus(Duration.ofDays(1)), false));
        assertThat(fields(future)).containsExactly("occurredAt");
    }

    @Test
    void the_written_report_is_due_in_48_hours_shows_up_late_and_the_chain_acknowledges_it() {
        Instant at = fixture.clock.instant().minus(Duration.ofHours(50));
        JsonNode r = created(ASSOCIATE, REPORTS, report("road-traffic-crash", "hazards", "MINOR", at, false));
        String location = REPORTS + "/" + r.path("id").asText();
        assertThat(r.path("writtenDue").asText()).as("every road traffic crash is reportable")
                .isEqualTo(at.plus(Duration.ofHours(48)).toString());
        assertThat(r.path("notices")).as("no flash report for a minor one").isEmpty();
        assertThat(r.path("writtenLate").asBoolean()).isTrue();
        assertThat(api.get(MANAGER, "/api/v1/incidents/late-reports").json().path("items").findValuesAsText("id"))
                .contains(r.path("id").asText());
        assertThat(api.get(MANAGER, "/api/v1/incidents/late-reports?at=" + at.plus(Duration.ofHours(47)))
                .json().path("items").findValuesAsText("id")).doesNotContain(r.path("id").asText());

        Reply stale = post(ASSOCIATE, location + "/written-report", ApiClient.json(Map.of("text", "x")), "\"7\"");
        assertThat(stale.status()).isEqualTo(412);
        Reply empty = post(ASSOCIATE, location + "/written-report", ApiClient.json(Map.of("text", "")), "\"1\"");
        assertThat(fields(empty)).containsExactly("text");
        Reply written = post(ASSOCIATE, location + "/written-report", ApiClient.json(Map.of("text",
                "The driver was hit from behind at a red light; no one hurt.")), "\"1\"");
        assertThat(written.status()).as(detail(written)).isEqualTo(200);
        assertThat(written.json().path("writtenLate").asBoolean()).as("submitted after it was due").isTrue();
        assertThat(written.json().path("notices")).hasSize(3);
        assertThat(post(ASSOCIATE, location + "/written-report", ApiClient.json(Map.of("text", "again")),
                written.etag()).status()).isEqualTo(409);

        Reply ack = post(MANAGER, location + "/acknowledgements", ApiClient.json(Map.of("role", "COM")));
        assertThat(ack.status()).as(detail(ack)).isEqualTo(200);
        assertThat(ack.json().path("notices").findValuesAsText("acknowledgedBy")).filteredOn(v -> !v.equals("null"))
                .containsExactly("manager");
        assertThat(post(MANAGER, location + "/acknowledgements", ApiClient.json(Map.of("role", "COM")))
                .status()).as("acknowledged already").isEqualTo(409);
        assertThat(post(MANAGER, location + "/acknowledgements", ApiClient.json(Map.of("role", "DSS")))
                .status()).as("never told").isEqualTo(409);
        assertThat(fields(post(MANAGER, location + "/acknowledgements", ApiClient.json(Map.of("role", "com")))))
                .containsExactly("role");
        assertThat(post(STAFF, location + "/acknowledgements", ApiClient.json(Map.of("role", "RSO")))
                .status()).isEqualTo(403);
    }

    @Test
    void an_incident_closes_only_once_its_actions_and_enquiry_are_done() {
        JsonNode r = created(ASSOCIATE, REPORTS, report("armed-robbery", "crime", "SERIOUS",
                fixture.clock.instant().minus(Duration.ofDays(3)), true));
        String id = r.path("id").asText();
        String location = REPORTS + "/" + id;
        Reply badAction = post(ASSOCIATE, location + "/actions", ApiClient.json(Map.of("owner", "")), "\"1\"");
        assertThat(fields(badAction)).containsExactlyInAnyOrder("description", "owner", "due");
        Reply action = post(ASSOCIATE, location + "/actions", ApiClient.json(Map.of("description",
                "Brief staff on Polanco robberies", "owner", "associate", "due",
                fixture.clock.instant().minus(Duration.ofHours(1)).toString())), "\"1\"");
        assertThat(action.status()).as(detail(action)).isEqualTo(200);
        assertThat(action.json().path("overdueActions").asInt()).isEqualTo(1);
        assertThat(api.get(MANAGER, "/api/v1/incidents/overdue").json().path("items").findValuesAsText("id"))
                .contains(id);
        JsonNode enquiry = created(OFFICER, ENQUIRIES, ApiClient.json(Map.of("title", "Robbery in Polanco",
                "incident", id, "investigators", List.of("investigator"))));

        Reply refused = post(ASSOCIATE, location + "/close", "", action.etag());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(detail(refused)).contains("action 1", "enquiry " + enquiry.path("id").asText());
        assertThat(api.delete(ASSOCIATE, location, action.etag()).status()).as("an enquiry looks into it")
                .isEqualTo(409);
        Reply done = post(ASSOCIATE, location + "/actions/1/done", "", action.etag());
        assertThat(done.status()).isEqualTo(200);
        assertThat(post(ASSOCIATE, location + "/actions/9/done", "", done.etag()).status()).isEqualTo(409);
        assertThat(post(ASSOCIATE, location + "/actions/x/done", "", done.etag()).status()).isEqualTo(404);
        Reply still = post(ASSOCIATE, location + "/close", "", done.etag());
        assertThat(still.status()).isEqualTo(409);
        assertThat(detail(still)).contains("enquiry").doesNotContain("action 1");

        String e = ENQUIRIES + "/" + enquiry.path("id").asText();
        Reply finding = post(INVESTIGATOR, e + "/findings", ApiClient.json(Map.of("text",
                "Robberies follow the same route from the metro")), "\"1\"");
        assertThat(finding.status()).as(detail(finding)).isEqualTo(200);
        Reply closedEnquiry = post(OFFICER, e + "/close", "", finding.etag());
        assertThat(closedEnquiry.status()).as(detail(closedEnquiry)).isEqualTo(200);
        Reply closed = post(ASSOCIATE, location + "/close", "", done.etag());
        assertThat(closed.status()).as(detail(closed)).isEqualTo(200);
        assertThat(closed.json().path("status").asText()).isEqualTo("CLOSED");
        assertThat(post(ASSOCIATE, location + "/actions", ApiClient.json(Map.of("description", "x", "owner",
                "y", "due", fixture.clock.instant().toString())), closed.etag()).status()).isEqualTo(409);
    }

    @Test
    void enquiries_are_read_only_by_the_officer_and_their_investigators_and_every_read_is_audited() {
        Reply bad = post(OFFICER, ENQUIRIES, ApiClient.json(Map.of("title", "", "investigators", List.of())));
        assertThat(fields(bad)).containsExactlyInAnyOrder("title", "investigators");
        Reply ghost = post(OFFICER, ENQUIRIES, ApiClient.json(Map.of("title", "x", "investigators",
                List.of("investigator"), "incident", "00000000-0000-0000-0000-000000000001")));
        assertThat(fields(ghost)).containsExactly("incident");
        assertThat(post(ASSOCIATE, ENQUIRIES, ApiClient.json(Map.of("title", "Mine", "investigators",
                List.of("associate")))).status()).as("only the officer opens one").isEqualTo(403);
        JsonNode enquiry = created(OFFICER, ENQUIRIES, ApiClient.json(Map.of("title", "Badge lent to a visitor",
                "investigators", List.of("investigator"), "persons", List.of(fixture.staffPerson.toString()))));
        String e = ENQUIRIES + "/" + enquiry.path("id").asText();

        assertThat(api.get(INVESTIGATOR, e).status()).isEqualTo(200);
        assertThat(api.get(OFFICER, e).status()).isEqualTo(200);
        for (String token : List.of(ASSOCIATE, MANAGER, SOC, STAFF, OTHER_OFFICE)) {
            assertThat(api.get(token, e).status()).as(token).isEqualTo(403);
        }
        assertThat(api.get(ASSOCIATE, ENQUIRIES).json().path("items").findValuesAsText("id"))
                .doesNotContain(enquiry.path("id").asText());
        assertThat(api.get(INVESTIGATOR, ENQUIRIES).json().path("items").findValuesAsText("id"))
                .contains(enquiry.path("id").asText());
        assertThat(post(ASSOCIATE, e + "/findings", ApiClient.json(Map.of("text", "x")), "\"1\"").status())
                .isEqualTo(403);
        List<AuditEntry> audited = fixture.vigil.audit().find(Actor.of("officer", OFFICE, Role.SECURITY_OFFICER),
                new AuditQuery(OFFICE, Optional.empty(), Optional.of(fixture.staffPerson)),
                new PageRequest(0, 500)).items().stream().filter(a -> a.resourceId().equals(enquiry.path("id")
                        .asText())).toList();
        assertThat(audited).anySatisfy(a -> {
            assertThat(a.actor()).isEqualTo("investigator");
            assertThat(a.granted()).isTrue();
        }).anySatisfy(a -> {
            assertThat(a.actor()).isEqualTo("associate");
            assertThat(a.granted()).isFalse();
        });

        Reply badMeasure = post(INVESTIGATOR, e + "/measures", ApiClient.json(Map.of("description", "x")),
                "\"1\"");
        assertThat(fields(badMeasure)).containsExactlyInAnyOrder("agreedWith", "owner", "due");
        Reply measure = post(INVESTIGATOR, e + "/measures", ApiClient.json(Map.of("description",
                "Police patrol at the gate at shift change", "agreedWith", "SSC Miguel Hidalgo", "owner",
                "investigator", "due", fixture.clock.instant().minus(Duration.ofDays(1)).toString())), "\"1\"");
        assertThat(measure.status()).as(detail(measure)).isEqualTo(200);
        assertThat(measure.json().path("overdueMeasures").asInt()).isEqualTo(1);
        assertThat(api.get(INVESTIGATOR, "/api/v1/incidents/overdue").json().path("items").findValuesAsText("id"))
                .contains(enquiry.path("id").asText());
        assertThat(api.get(ASSOCIATE, "/api/v1/incidents/overdue").json().path("items").findValuesAsText("id"))
                .doesNotContain(enquiry.path("id").asText());
        assertThat(post(INVESTIGATOR, e + "/close", "", measure.etag()).status()).as("only the officer closes")
                .isEqualTo(403);
        Reply open = post(OFFICER, e + "/close", "", measure.etag());
        assertThat(open.status()).isEqualTo(409);
        assertThat(detail(open)).contains("no finding", "measure 1");
        Reply done = post(INVESTIGATOR, e + "/measures/1/done", "", measure.etag());
        assertThat(done.status()).isEqualTo(200);
    }

    @Test
    void an_incident_starts_a_roll_call_over_its_area_and_keeps_its_id() {
        JsonNode atPoint = created(ASSOCIATE, REPORTS, report("armed-robbery", "crime", "MODERATE",
                fixture.clock.instant(), false));
        Reply noArea = post(OFFICER, REPORTS + "/" + atPoint.path("id").asText() + "/roll-call",
                ApiClient.json(Map.of("channels", List.of("SMS"))), "\"1\"");
        assertThat(noArea.status()).isEqualTo(400);
        assertThat(fields(noArea)).containsExactly("outline");
        Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
        PersonId resident = fixture.useCases.persons().register(officer, new PersonDetails("Ana", "Polanco",
                PersonCategory.INTERNATIONAL_STAFF, "IBRD", null, List.of(new ContactChannel(ChannelKind.PHONE,
                        "+52 55 4444 1099", "mobile")), List.of(), null, null)).person().id();
        fixture.useCases.residences().create(officer, new ResidenceDetails(resident, List.of(), new Address(
                "Calle Horacio 10", "", "Ciudad de México", "Mexico"), new GeoPoint(19.435, -99.19), null,
                fixture.clock.instant().minus(Duration.ofDays(10)), null));
        JsonNode inArea = created(ASSOCIATE, REPORTS, report("armed-robbery", "crime", "MODERATE",
                fixture.clock.instant(), true));
        String location = REPORTS + "/" + inArea.path("id").asText();
        assertThat(fields(post(OFFICER, location + "/roll-call", ApiClient.json(Map.of()), "\"1\"")))
                .containsExactly("channels");
        assertThat(post(MANAGER, location + "/roll-call", ApiClient.json(Map.of("channels", List.of("SMS"))),
                "\"1\"").status()).isEqualTo(403);
        Reply started = post(OFFICER, location + "/roll-call", ApiClient.json(Map.of("channels",
                List.of("SMS"))), "\"1\"");
        assertThat(started.status()).as(detail(started)).isEqualTo(200);
        String rollCall = started.json().path("rollCall").asText();
        assertThat(api.get(OFFICER, "/api/v1/roll-calls/" + rollCall).status()).isEqualTo(200);
        assertThat(post(OFFICER, location + "/roll-call", ApiClient.json(Map.of("channels", List.of("SMS"))),
                started.etag()).status()).as("one roll-call per incident").isEqualTo(409);
    }

    @Test
    void an_incident_activates_the_crisis_team_and_both_records_show_the_link() {
        Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
        fixture.vigil.crisis().team().set(officer, 0, new TeamDetails(List.of(new TeamDetails.SeatDetails(
                TeamRole.LEADER, fixture.staffPerson, List.of()))));
        JsonNode report = created(ASSOCIATE, REPORTS, report("armed-robbery", "crime", "SERIOUS",
                fixture.clock.instant(), false));
        String location = REPORTS + "/" + report.path("id").asText();
        String etag = "\"" + report.path("version").asLong() + "\"";
        String body = ApiClient.json(Map.of("scenario", "Kidnapping", "trigger", "staff member held at gunpoint"));
        assertThat(fields(post(OFFICER, location + "/crisis-activation", ApiClient.json(Map.of()), etag)))
                .containsExactlyInAnyOrder("scenario", "trigger");
        assertThat(post(MANAGER, location + "/crisis-activation", body, etag).status()).isEqualTo(403);
        assertThat(post(OFFICER, REPORTS + "/00000000-0000-4000-8000-000000000042/crisis-activation", body, etag)
                .status()).isEqualTo(404);
        Reply activated = post(OFFICER, location + "/crisis-activation", body, etag);
        assertThat(activated.status()).as(detail(activated)).isEqualTo(200);
        String activation = activated.json().path("crisisActivation").asText();
        Reply read = api.get(OFFICER, "/api/v1/crisis/activations/" + activation);
        assertThat(read.status()).as(detail(read)).isEqualTo(200);
        assertThat(read.json().path("incident").asText()).isEqualTo(report.path("id").asText());
        assertThat(read.json().path("trigger").asText()).isEqualTo("staff member held at gunpoint");
        assertThat(api.get(MANAGER, location).json().path("crisisActivation").asText()).isEqualTo(activation);
        assertThat(post(OFFICER, location + "/crisis-activation", body, activated.etag()).status())
                .as("one activation per incident").isEqualTo(409);
    }

    @Test
    void three_incidents_of_one_category_in_an_assessments_area_mark_it_review_suggested() {
        Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
        Instant now = fixture.clock.instant();
        List<GeoPoint> area = List.of(new GeoPoint(19.33, -99.18), new GeoPoint(19.33, -99.14),
                new GeoPoint(19.36, -99.14), new GeoPoint(19.36, -99.18));
        SecurityAssessment sra = fixture.risk.assessments().create(officer, new AssessmentDetails("Coyoacán SRA",
                area, now.minus(Duration.ofDays(200)), now.plus(Duration.ofDays(200)), "", List.of(new Risk(
                ThreatCategory.CRIME, "armed robbery", Likelihood.LIKELY, Impact.MODERATE, Treatment.ACCEPT, List.of(),
                Likelihood.LIKELY, Impact.MODERATE)), ProgrammeCriticality.PC2, null, now.plus(Duration.ofDays(90))));
        sra = fixture.risk.assessments().submit(officer, sra.id(), sra.version());
        sra = fixture.risk.assessments().approve(officer, sra.id(), sra.version());
        String old = created(ASSOCIATE, REPORTS, report("carjacking", "crime", "MINOR", now.minus(Duration.ofDays(95)),
                false, 19.35, -99.16)).path("id").asText();
        List<String> recent = new ArrayList<>();
        for (int days : List.of(80, 30)) {
            recent.add(created(ASSOCIATE, REPORTS, report("carjacking", "crime", "MINOR",
                    now.minus(Duration.ofDays(days)), false, 19.35, -99.16)).path("id").asText());
        }
        Reply two = post(OFFICER, "/api/v1/incidents/trends/review", "");
        assertThat(two.json().path("items").findValuesAsText("assessment")).as("two within 90 days are no trend")
                .doesNotContain(sra.id().toString());
        assertThat(fixture.risk.assessments().get(officer, sra.id()).reviewSuggestion()).isEmpty();
        recent.add(created(ASSOCIATE, REPORTS, report("armed-robbery", "crime", "MINOR", now.minus(Duration.ofDays(1)),
                false, 19.34, -99.15)).path("id").asText());
        Reply three = post(OFFICER, "/api/v1/incidents/trends/review", "");
        assertThat(three.status()).as(detail(three)).isEqualTo(200);
        JsonNode finding = three.json().path("items").get(0);
        assertThat(finding.path("assessment").asText()).isEqualTo(sra.id().toString());
        assertThat(finding.path("category").asText()).isEqualTo("crime");
        var suggestion = fixture.risk.assessments().get(officer, sra.id()).reviewSuggestion().orElseThrow();
        assertThat(suggestion.citing()).containsAll(recent).doesNotContain(old);
        assertThat(suggestion.reason()).contains("crime");
        assertThat(api.get(OFFICER, "/api/v1/assessments/" + sra.id()).json().path("reviewSuggestion")
                .path("citing")).hasSize(3);
        assertThat(post(STAFF, "/api/v1/incidents/trends/review", "").status()).isEqualTo(403);
        assertThat(fields(post(OFFICER, "/api/v1/incidents/trends/review?at=yesterday", "")))
                .containsExactly("at");
    }

    @Test
    void the_export_maps_subtypes_to_the_external_code_list_and_refuses_an_unmapped_one_naming_it() {
        Instant from = Instant.parse("2025-06-01T00:00:00Z");
        Instant at = Instant.parse("2025-06-10T08:00:00Z");
        created(ASSOCIATE, REPORTS, report("armed-robbery", "crime", "MINOR", at, false));
        String range = "?from=" + from + "&until=" + from.plus(Duration.ofDays(30));
        Reply json = api.get(MANAGER, "/api/v1/incidents/export" + range);
        assertThat(json.status()).as(detail(json)).isEqualTo(200);
        assertThat(json.json().path("codeList").asText()).isEqualTo("HIS-2024");
        assertThat(json.json().path("rows").get(0).path("externalCode").asText()).isEqualTo("CR.ROB.ARM");
        assertThat(json.json().path("rows").get(0).path("harassed").asInt()).isEqualTo(1);
        assertThat(json.raw().body()).doesNotContain("Lucía");
        Reply csv = api.get(MANAGER, "/api/v1/incidents/export.csv" + range);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.raw().body().split("\r\n");
        assertThat(lines[0]).startsWith("id,externalCode,category,subtype,occurredAt,latitude,longitude");
        assertThat(lines[1]).contains(",CR.ROB.ARM,crime,armed-robbery,2025-06-10T08:00:00Z,19.433,-99.19,");

        created(ASSOCIATE, REPORTS, report("carjacking", "crime", "MINOR", at.plusSeconds(60), false));
        Reply unmapped = api.get(MANAGER, "/api/v1/incidents/export" + range);
        assertThat(unmapped.status()).isEqualTo(409);
        assertThat(detail(unmapped)).contains("carjacking").doesNotContain("armed-robbery has");
        Reply missing = api.get(MANAGER, "/api/v1/incidents/export");
        assertThat(fields(missing)).containsExactlyInAnyOrder("from", "until");
        assertThat(api.get(STAFF, "/api/v1/incidents/export.csv" + range).status()).isEqualTo(403);
    }
}
