package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's travel, movement and incident screens over HTTP, without a browser: what each role
 * sees and is refused, and bad input, on one app start with the demo office.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleOperationsHttpTest {
    private static final String UUID = "([0-9a-f-]{36})";
    private static final String PENDING = "Meeting at the Foreign Ministry on the country programme";
    private static final String OWN = "Nutrition survey supervision in Oaxaca";
    private static final String TOLUCA = "Field visit to the Toluca water project";
    private static final String ROBBERY = "Armed robbery of a staff member leaving the office";
    private static final String ENQUIRY = "Armed robbery on Av. Masaryk";

    private ReferenceApp app;
    private String pending;
    private String own;
    private String toluca;
    private String robbery;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        app = ReferenceApp.start(AppConfig.fromEnvironment(Map.of("VIGIL_DATA_DIR", dir.toString(), "VIGIL_PORT", "0",
                "VIGIL_HOST", "127.0.0.1", "VIGIL_DEMO", "true", "VIGIL_ESCALATION_SECONDS", "3600")));
        ConsoleClient officer = client("demo-officer");
        String queue = officer.get("/console/clearances").body();
        pending = ConsoleClient.find(queue, "/console/clearances/" + UUID + "\">" + PENDING).orElseThrow();
        own = ConsoleClient.find(queue, "/console/clearances/" + UUID + "\">" + OWN).orElseThrow();
        toluca = ConsoleClient.find(officer.get("/console/movements").body(), "/console/movements/" + UUID + "\">"
                + TOLUCA).orElseThrow();
        robbery = ConsoleClient.find(officer.get("/console/incidents").body(), "/console/incidents/" + UUID + "\">"
                + ROBBERY).orElseThrow();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private ConsoleClient client(String identity) throws Exception {
        ConsoleClient c = new ConsoleClient(app.port());
        assertThat(c.signIn(identity).statusCode()).isEqualTo(303);
        return c;
    }

    private static List<String> all(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static void noLeak(HttpResponse<String> page) {
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).doesNotContain("Exception", "io.vigil", "at java");
    }

    @Test
    @DisplayName("the officer's clearance queue lists the pending decision first and filters by status")
    void officer_queue() throws Exception {
        ConsoleClient officer = client("demo-officer");
        String queue = officer.get("/console/clearances").body();
        List<String> statuses = all(queue, "<tr data-status=\"([A-Z_]+)\"");
        assertThat(statuses).as("the demo's four clearances and the two of the visit's members").hasSize(6)
                .contains("PENDING", "AUTO_APPROVED", "DENIED", "REVOKED");
        assertThat(statuses.get(0)).isIn("PENDING", "ESCALATED");
        assertThat(queue).contains("id=\"clearance-counts\"");
        String denied = officer.get("/console/clearances?status=denied").body();
        assertThat(all(denied, "<tr data-status=\"([A-Z_]+)\"")).containsExactly("DENIED");
        String page = officer.get("/console/clearances/" + pending).body();
        assertThat(all(page, "data-check=\"([A-Z_]+)\"")).startsWith("TRAINING", "AREA_RULES", "RISK", "AIR",
                "LEAD_TIME");
        assertThat(page).contains("id=\"decide\"", "name=\"reason\"", "<label for=\"decide-reason\">");
    }

    @Test
    @DisplayName("a clearance the console shows is audited as the signed-in viewer's read, naming its travellers")
    void clearance_reads_are_audited() throws Exception {
        ConsoleClient associate = client("demo-associate");
        String page = associate.get("/console/clearances/" + pending).body();
        String traveller = ConsoleClient.find(page, "href=\"/console/people/" + UUID + "\"").orElseThrow();
        HttpResponse<String> audit = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://127.0.0.1:" + app.port()
                        + "/api/v1/audit?actor=associate@demo&person=" + traveller + "&limit=50"))
                .header("Authorization", "Bearer demo-officer").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("\"actor\":\"associate@demo\"", pending, traveller);
    }

    @Test
    @DisplayName("a manager sees the counts by status but no clearance, and no traveller's itinerary")
    void manager_sees_counts_only() throws Exception {
        ConsoleClient manager = client("demo-manager");
        HttpResponse<String> queue = manager.get("/console/clearances");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("id=\"clearance-counts\"", "The clearances: not shown to your role")
                .doesNotContain(PENDING, OWN, "Oaxaca", "/console/clearances/");
        assertThat(ConsoleClient.find(queue.body(), "<dt>All</dt><dd>(\\d+)</dd>")).as("the demo's four and the visit's two")
                .hasValue("6");
        HttpResponse<String> one = manager.get("/console/clearances/" + own);
        assertThat(one.statusCode()).isEqualTo(403);
        assertThat(one.body()).contains("Not allowed").doesNotContain(OWN, "Oaxaca", "AM 1322");
        noLeak(one);
    }

    @Test
    @DisplayName("a staff member sees only the requests they travel on, without the decision form; another's is refused")
    void staff_sees_only_their_own() throws Exception {
        ConsoleClient staff = client("demo-staff");
        String queue = staff.get("/console/clearances").body();
        assertThat(all(queue, "href=\"/console/clearances/" + UUID + "\"")).as("her own trip and the visit she is a member of")
                .hasSize(2).contains(own);
        assertThat(queue).doesNotContain(PENDING).contains("Los recuentos por estado: no se muestra a su función");
        String page = staff.get("/console/clearances/" + own).body();
        assertThat(page).contains(OWN, "Lucía Hernández Ortiz", "un viajero no puede decidirla")
                .doesNotContain("id=\"decide\"");
        HttpResponse<String> other = staff.get("/console/clearances/" + pending);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).doesNotContain(PENDING, "Foreign Ministry");
        staff.get("/console/clearances/" + own);
        HttpResponse<String> decided = staff.post("/console/clearances/" + own + "/decisions",
                staff.form("action", "APPROVED", "reason", "my own trip", "version", "0"));
        assertThat(decided.statusCode()).isEqualTo(403);
        assertThat(decided.body()).contains("No permitido", "approve");
        noLeak(decided);
    }

    @Test
    @DisplayName("a bad decision form is one 400 naming every bad field and changes nothing; a refusal is a 409 with its reason")
    void bad_decisions() throws Exception {
        ConsoleClient officer = client("demo-officer");
        String before = officer.get("/console/clearances/" + pending).body();
        String version = ConsoleClient.find(before, "name=\"version\" value=\"(\\d+)\"").orElseThrow();
        HttpResponse<String> bad = officer.post("/console/clearances/" + pending + "/decisions",
                officer.form("action", "MAYBE", "reason", " ", "version", "x", "onBehalfOf", "y".repeat(201)));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("action: ", "reason: ", "version: ", "onBehalfOf: ");
        noLeak(bad);
        HttpResponse<String> badId = officer.get("/console/clearances/not-an-id");
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(badId.body()).contains("id: ");
        HttpResponse<String> badFilter = officer.get("/console/clearances?status=BOGUS");
        assertThat(badFilter.statusCode()).isEqualTo(400);
        assertThat(badFilter.body()).contains("status: must be one of");
        officer.get("/console/clearances/" + pending);
        HttpResponse<String> refused = officer.post("/console/clearances/" + pending + "/decisions",
                officer.form("action", "APPROVED", "reason", "Approved for the meeting", "version", version));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("country representative", "escalate it");
        noLeak(refused);
        String after = officer.get("/console/clearances/" + pending).body();
        assertThat(ConsoleClient.find(after, "id=\"status\" data-status=\"([A-Z_]+)\"")).hasValue("PENDING");
        assertThat(after).doesNotContain("id=\"manual\"");
        HttpResponse<String> stale = officer.post("/console/clearances/" + pending + "/decisions",
                officer.form("action", "DENIED", "reason", "Too late", "version", String.valueOf(Long.parseLong(version) + 7)));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("changed meanwhile");
    }

    @Test
    @DisplayName("the officer's movements list the overdue one first; the fleet shows what makes a vehicle unfit")
    void officer_movements() throws Exception {
        ConsoleClient officer = client("demo-officer");
        String list = officer.get("/console/movements").body();
        assertThat(all(list, "<tr data-status=\"([A-Z_]+)\"").get(0)).isEqualTo("OVERDUE");
        assertThat(list).contains("MEX-403-C", "was due for inspection on", "data-fit=\"unfit\"", "data-fit=\"fit\"");
        String page = officer.get("/console/movements/" + toluca).body();
        assertThat(page).contains("id=\"call-ins\"", "La Marquesa, all well", "id=\"record-call-in\"",
                "<label for=\"call-by\">", "Federal police patrol to La Marquesa", "MEX-401-A");
    }

    @Test
    @DisplayName("a manager sees no movement plan and no fleet; a plan's page is refused")
    void manager_sees_no_movement() throws Exception {
        ConsoleClient manager = client("demo-manager");
        HttpResponse<String> list = manager.get("/console/movements");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Movement plans: not shown to your role").doesNotContain(TOLUCA,
                "/console/movements/");
        HttpResponse<String> page = manager.get("/console/movements/" + toluca);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).doesNotContain(TOLUCA, "La Marquesa");
        noLeak(page);
    }

    @Test
    @DisplayName("a bad call-in form is one 400 naming every bad field; a call-in in the future is refused; a late one is marked")
    void call_ins() throws Exception {
        ConsoleClient officer = client("demo-officer");
        officer.get("/console/movements/" + toluca);
        HttpResponse<String> bad = officer.post("/console/movements/" + toluca + "/call-ins", officer.form("by", "",
                "at", "yesterday", "latitude", "north", "note", "n".repeat(501)));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("by: ", "at: ", "latitude: ", "note: ");
        noLeak(bad);
        HttpResponse<String> far = officer.post("/console/movements/" + toluca + "/call-ins", officer.form("by",
                "Driver (radio)", "latitude", "91", "longitude", "-99.5"));
        assertThat(far.statusCode()).isEqualTo(400);
        assertThat(far.body()).contains("latitude: ");
        HttpResponse<String> future = officer.post("/console/movements/" + toluca + "/call-ins", officer.form("by",
                "Driver (radio)", "at", "2999-01-01T00:00"));
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("future");
        int before = all(officer.get("/console/movements/" + toluca).body(), "data-late=\"(true|false)\"").size();
        HttpResponse<String> late = officer.post("/console/movements/" + toluca + "/call-ins", officer.form("by",
                "Driver (phone)", "latitude", "19.2826", "longitude", "-99.6557", "note", "Arrived at the project"));
        assertThat(late.statusCode()).isEqualTo(303);
        assertThat(late.headers().firstValue("Location").orElseThrow()).startsWith("/console/movements/" + toluca);
        String after = officer.get("/console/movements/" + toluca).body();
        List<String> marks = all(after, "data-late=\"(true|false)\"");
        assertThat(marks).hasSize(before + 1).last().isEqualTo("true");
        assertThat(after).contains("Arrived at the project", "closed ");
    }

    @Test
    @DisplayName("the officer's incidents list the late report first; an incident shows its follow-up, chain and enquiry")
    void officer_incidents() throws Exception {
        ConsoleClient officer = client("demo-officer");
        String list = officer.get("/console/incidents").body();
        assertThat(all(list, "<tr data-late=\"(true|false)\"")).startsWith("true").contains("false");
        String page = officer.get("/console/incidents/" + robbery).body();
        assertThat(page).contains("Brief all staff on the robberies", "associate@demo", "id=\"notices\"",
                "data-acknowledged=\"false\"", ENQUIRY, "main gate", "id=\"add-action\"", "Lucía Hernández Ortiz");
    }

    @Test
    @DisplayName("an enquiry is shown to the investigator it names, and not to a manager, who sees the incident without the persons")
    void enquiry_need_to_know() throws Exception {
        String associate = client("demo-associate").get("/console/incidents/" + robbery).body();
        assertThat(associate).contains(ENQUIRY, "main gate");
        HttpResponse<String> manager = client("demo-manager").get("/console/incidents/" + robbery);
        assertThat(manager.statusCode()).isEqualTo(200);
        assertThat(manager.body()).contains(ROBBERY, "Enquiries: not shown to your role", "(withheld)")
                .doesNotContain(ENQUIRY, "main gate", "Lucía Hernández Ortiz");
        HttpResponse<String> staff = client("demo-staff").get("/console/incidents");
        assertThat(staff.statusCode()).isEqualTo(403);
        assertThat(staff.body()).doesNotContain(ROBBERY);
        noLeak(staff);
    }

    @Test
    @DisplayName("a bad follow-up form is one 400 naming every bad field and adds nothing; a good one adds the action")
    void follow_up_actions() throws Exception {
        ConsoleClient officer = client("demo-officer");
        String before = officer.get("/console/incidents/" + robbery).body();
        String version = ConsoleClient.find(before, "name=\"version\" value=\"(\\d+)\"").orElseThrow();
        int actions = all(before, "<tr data-overdue=\"(true|false)\"").size();
        HttpResponse<String> bad = officer.post("/console/incidents/" + robbery + "/actions", officer.form(
                "description", "", "owner", " ", "due", "soon", "version", "-1"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("description: ", "owner: ", "due: ", "version: ");
        noLeak(bad);
        officer.get("/console/incidents/" + robbery);
        assertThat(all(officer.get("/console/incidents/" + robbery).body(), "<tr data-overdue=\"(true|false)\""))
                .hasSize(actions);
        HttpResponse<String> added = officer.post("/console/incidents/" + robbery + "/actions", officer.form(
                "description", "Check the gate cameras", "owner", "officer@demo", "due", "2020-01-01T09:00",
                "version", version));
        assertThat(added.statusCode()).isEqualTo(303);
        String after = officer.get("/console/incidents/" + robbery).body();
        // typed and shown in the office's zone: Mexico City kept standard time in January 2020 (UTC-6)
        assertThat(after).contains("Check the gate cameras", "2020-01-01 09:00 CST (America/Mexico_City)")
                .doesNotContain("2020-01-01 03:00 CST");
        assertThat(all(after, "<tr data-overdue=\"(true|false)\"")).hasSize(actions + 1).last().isEqualTo("true");
    }
}
