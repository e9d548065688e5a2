package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.examples.demo.documents.DemoDocuments;
import io.vigil.examples.demo.guard.DemoGuard;
import io.vigil.examples.demo.movement.DemoMovement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * The console's crisis, guard-force and documents screens and the today page's overdue items over
 * HTTP, without a browser, on one app start with the demo office: what each role sees and is
 * refused, bad input, and the overdue items of the demo seed checked by hand against it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleProgrammeHttpTest {
    /** A second vendor's token (from a tokens file): a vendor without a contract in the demo office. */
    private static final String OTHER_VENDOR = "other-vendor-token-0001";
    private static final Pattern OVERDUE = Pattern.compile(
            "data-kind=\"([^\"]+)\"><span class=\"badge\">[^<]*</span> <a href=\"([^\"]*)\">([^<]*)</a>"
                    + "( <span class=\"meta\">due ([^<]*)</span>)?");
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private ReferenceApp app;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        Path tokens = dir.resolve("tokens.txt");
        Files.writeString(tokens, OTHER_VENDOR + " vendor@other-guards.example MX-MEX VENDOR\n");
        app = ReferenceApp.start(AppConfig.fromEnvironment(Map.of("VIGIL_DATA_DIR", dir.resolve("data").toString(),
                "VIGIL_PORT", "0", "VIGIL_HOST", "127.0.0.1", "VIGIL_DEMO", "true", "VIGIL_ESCALATION_SECONDS", "3600",
                "VIGIL_TOKENS_FILE", tokens.toString())));
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private ConsoleClient signedIn(String identity) throws Exception {
        ConsoleClient c = new ConsoleClient(app.port());
        assertThat(c.signIn(identity).statusCode()).isEqualTo(303);
        return c;
    }

    /** An overdue item of the today page: its kind, link, text and due time ("" when it has none). */
    private record Item(String kind, String link, String what, String due) {
    }

    private static List<Item> overdue(String today, String kind) {
        List<Item> items = new ArrayList<>();
        Matcher m = OVERDUE.matcher(today);
        while (m.find()) {
            if (m.group(1).equals(kind)) {
                items.add(new Item(m.group(1), m.group(2), m.group(3), m.group(5) == null ? "" : m.group(5)));
            }
        }
        return items;
    }

    /** The table row of an invoice's post. */
    private static String row(String page, String post) {
        int from = page.indexOf("data-post=\"" + post + "\"");
        assertThat(from).as("the row of " + post).isPositive();
        return page.substring(from, page.indexOf("</tr>", from));
    }

    /** The text of a row's cells, tags removed and spaces collapsed. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)<td[^>]*>(.*?)</td>").matcher(row);
        while (m.find()) {
            cells.add(m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
        }
        return cells;
    }

    private static void noLeak(HttpResponse<String> page) {
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).doesNotContain("Exception", "io.vigil", "at java", "<script>", "style=\"");
    }

    private JsonNode api(String token, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + app.port() + path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    @DisplayName("today lists the demo seed's overdue items of every context, each linking to its record's page")
    void todays_overdue_items_for_the_demo() throws Exception {
        String today = signedIn("demo-officer").get("/console/").body();
        // the fire drill: every six months, last held 240 days ago; the earthquake drill: yearly, held 30 days ago
        assertThat(overdue(today, "Drill")).singleElement().satisfies(i -> {
            assertThat(i.what()).startsWith("fire drill (last held ");
            assertThat(i.link()).matches("/console/crisis/drills/" + UUID);
        });
        // the earthquake drill's speaker was due ten days ago; the staff lists are due in twenty days
        assertThat(overdue(today, "Drill follow-up action")).singleElement().satisfies(i -> {
            assertThat(i.what()).endsWith(": Install a seismic alert speaker on the fourth floor");
            assertThat(i.link()).matches("/console/crisis/drills/" + UUID);
        });
        // the plan was tested 400 days ago (a test a year after is overdue); it was approved at the seed, so
        // its review is due in a year
        assertThat(overdue(today, "Crisis plan test")).singleElement().satisfies(i ->
                assertThat(i.link()).isEqualTo("/console/crisis#plan"));
        assertThat(overdue(today, "Crisis plan review")).isEmpty();
        // the demo has no activation, so no situation report is due
        assertThat(overdue(today, "Situation report")).isEmpty();
        // departed 90 minutes ago, called in after 28, every 30 with 10 of grace: overdue since minute 68
        assertThat(overdue(today, "Missed call-in")).singleElement().satisfies(i -> {
            assertThat(i.what()).isEqualTo(DemoMovement.TOLUCA);
            assertThat(i.link()).matches("/console/movements/" + UUID);
        });
        // the crash (minor, always reportable: 48 h) happened 72 hours ago and its written report came at the
        // seed; the robbery (serious: 48 h) happened 30 hours ago and its report came in time
        assertThat(overdue(today, "Written report came late")).singleElement().satisfies(i -> {
            assertThat(i.what()).isEqualTo("Office vehicle hit from behind on Periférico");
            assertThat(i.link()).matches("/console/incidents/" + UUID);
        });
        assertThat(overdue(today, "Written report late")).isEmpty();
        // the robbery's only action is due in seven days
        assertThat(overdue(today, "Incident follow-up action")).isEmpty();
        // reviewed to 31 March 2026, every 90 days: due 29 June 2026 (30 + 31 + 29 days)
        assertThat(overdue(today, "Guard-force performance review")).singleElement().satisfies(i -> {
            assertThat(i.what()).isEqualTo(DemoGuard.REFERENCE + " (every 90 days)");
            assertThat(i.due()).isEqualTo("2026-06-29 00:00 CST (America/Mexico_City)");
            assertThat(i.link()).matches("/console/guard/contracts/" + UUID);
        });
        // every fourth person skipped the earthquake SOP's second version; everyone acknowledged the other three
        assertThat(overdue(today, "Awaiting acknowledgement")).singleElement().satisfies(i -> {
            assertThat(i.what()).startsWith(DemoDocuments.EARTHQUAKE + " (version 2): ");
            assertThat(i.due()).isEmpty();
            assertThat(i.link()).matches("/console/documents/" + UUID);
        });
    }

    @Test
    @DisplayName("today shows a manager the parts their role may read, and says which it may not")
    void todays_overdue_items_for_a_manager() throws Exception {
        HttpResponse<String> today = signedIn("demo-manager").get("/console/");
        assertThat(today.statusCode()).isEqualTo(200);
        noLeak(today);
        assertThat(today.body()).contains("Guard-force performance reviews: not shown to your role",
                "Acknowledgements: not shown to your role");
        assertThat(overdue(today.body(), "Drill")).hasSize(1);
        assertThat(overdue(today.body(), "Awaiting acknowledgement")).isEmpty();
    }

    @Test
    @DisplayName("crisis: the officer sees the plan, the complete team and the drills, activates the team by hand and records a sitrep")
    void crisis_officer() throws Exception {
        ConsoleClient c = signedIn("demo-officer");
        HttpResponse<String> page = c.get("/console/crisis");
        assertThat(page.statusCode()).isEqualTo(200);
        noLeak(page);
        assertThat(page.body()).contains("id=\"plan-version\">1<", "Earthquake", "Civil unrest", "Kidnapping",
                "The team is complete").containsPattern("data-overdue=\"true\">test due [^<]*<span class=\"badge warning\">overdue");
        assertThat(page.body().indexOf("<th scope=\"row\">fire</th>"))
                .as("the overdue fire drill is listed before the earthquake drill")
                .isLessThan(page.body().indexOf("<th scope=\"row\">earthquake</th>"));
        HttpResponse<String> activated = c.post("/console/crisis/activations", c.form("scenario", "Earthquake",
                "trigger", "SASMEX alert, magnitude 7.1 felt in the city"));
        assertThat(activated.statusCode()).isEqualTo(303);
        String path = activated.headers().firstValue("Location").orElseThrow();
        assertThat(path).matches("/console/crisis/activations/" + UUID);
        String activation = c.get(path).body();
        // six seats, each with its principal and one alternate
        assertThat(Pattern.compile("<td>\\d+ queued</td>").matcher(activation).results().count()).isEqualTo(12);
        assertThat(activation).contains("id=\"state\">open<", "SASMEX alert, magnitude 7.1 felt in the city");
        String owner = ConsoleClient.find(activation, "<option value=\"(" + UUID + ")\"").orElseThrow();
        assertThat(c.post(path + "/topics", c.form("title", "Building damage", "owner", owner, "cadence", "30"))
                .statusCode()).isEqualTo(303);
        c.get(path);
        assertThat(c.post(path + "/topics/1", c.form("text", "No structural damage seen on floors 1 to 4"))
                .statusCode()).isEqualTo(303);
        String updated = c.get(path).body();
        assertThat(updated).contains("Building damage", "No structural damage seen on floors 1 to 4", "30 min");
        assertThat(c.get("/console/crisis").body()).contains("href=\"" + path + "\"");
    }

    @Test
    @DisplayName("crisis: bad input is one 400 page naming every bad field; an unknown scenario or record is refused")
    void crisis_bad_input() throws Exception {
        ConsoleClient c = signedIn("demo-officer");
        c.get("/console/crisis");
        HttpResponse<String> bad = c.post("/console/crisis/activations", c.form("scenario", "", "trigger",
                "x".repeat(1001)));
        assertThat(bad.statusCode()).isEqualTo(400);
        noLeak(bad);
        assertThat(bad.body()).contains("scenario: must be given", "trigger: must be at most 1000 characters");
        HttpResponse<String> unknown = c.post("/console/crisis/activations", c.form("scenario", "Volcano",
                "trigger", "ash fall"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("scenario: ", "Earthquake");
        HttpResponse<String> topic = c.post("/console/crisis/activations/not-an-id/topics/zero", c.form("text", ""));
        assertThat(topic.statusCode()).isEqualTo(400);
        assertThat(topic.body()).contains("id: ", "topic: ", "text: must be given");
        HttpResponse<String> add = c.post("/console/crisis/activations/00000000-0000-4000-8000-000000000000/topics",
                c.form("title", "", "owner", "nobody", "cadence", "5"));
        assertThat(add.statusCode()).isEqualTo(400);
        assertThat(add.body()).contains("title: must be given", "owner: ", "cadence: must be a whole number from 15");
        HttpResponse<String> missing = c.get("/console/crisis/activations/00000000-0000-4000-8000-000000000000");
        assertThat(missing.statusCode()).isEqualTo(404);
        noLeak(missing);
        assertThat(c.get("/console/crisis/drills/bogus").statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("crisis: staff see the plan but not the activations or drills, and may not activate the team; a manager may not either")
    void crisis_denials() throws Exception {
        ConsoleClient staff = signedIn("demo-staff");
        HttpResponse<String> page = staff.get("/console/crisis");
        assertThat(page.statusCode()).isEqualTo(200);
        noLeak(page);
        // demo-staff reads the console in Spanish, her person's language
        assertThat(page.body()).contains("Earthquake", "Las activaciones: no se muestra a su función",
                "Los simulacros: no se muestra a su función");
        HttpResponse<String> refused = staff.post("/console/crisis/activations", staff.form("scenario", "Earthquake",
                "trigger", "a test by staff"));
        assertThat(refused.statusCode()).isEqualTo(403);
        noLeak(refused);
        ConsoleClient manager = signedIn("demo-manager");
        manager.get("/console/crisis");
        assertThat(manager.post("/console/crisis/activations", manager.form("scenario", "Earthquake", "trigger",
                "a test by the manager")).statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("crisis: the drill's page shows its times against targets, its overdue action and the report rendered safely")
    void crisis_drill() throws Exception {
        ConsoleClient c = signedIn("demo-officer");
        String today = c.get("/console/").body();
        String drill = overdue(today, "Drill follow-up action").get(0).link();
        HttpResponse<String> page = c.get(drill);
        assertThat(page.statusCode()).isEqualTo(200);
        noLeak(page);
        // 250 s against 300 met; 780 s against 600 missed by 3 min
        assertThat(page.body()).contains("<td>4 min 10 s</td><td>5 min 0 s</td>", "missed by 3 min 0 s",
                "Two wardens had no list of their floor", "id=\"report\">");
        assertThat(page.body()).containsPattern("data-overdue=\"true\"><td>1</td><th scope=\"row\">Install a seismic");
        assertThat(page.body()).containsPattern("data-overdue=\"false\"><td>2</td>");
        assertThat(page.body()).contains("<h1>", "<h2>").doesNotContain("&lt;h1&gt;");
    }

    @Test
    @DisplayName("guard: the officer opens an invoice's certification: each difference, the deductions and the labour violations")
    void guard_certification() throws Exception {
        ConsoleClient c = signedIn("demo-officer");
        HttpResponse<String> overview = c.get("/console/guard");
        assertThat(overview.statusCode()).isEqualTo(200);
        noLeak(overview);
        assertThat(overview.body()).contains(DemoGuard.REFERENCE, "IBRD-GATE", "The review of " + DemoGuard.REFERENCE
                + " is overdue: due 2026-06-29");
        String over = ConsoleClient.find(overview.body(), "href=\"(/console/guard/invoices/" + UUID + ")\">"
                + DemoGuard.OVERBILLED_INVOICE + "<").orElseThrow();
        String matching = ConsoleClient.find(overview.body(), "href=\"(/console/guard/invoices/" + UUID + ")\">"
                + DemoGuard.MATCHING_INVOICE + "<").orElseThrow();
        String rejected = c.get(over).body();
        // the gate billed at 48,592.50 where 465 h × 95.00 + 15.5 h × 190.00 = 47,120.00: 1,472.50 over, hours equal
        assertThat(rejected).contains("id=\"decision\"> rejected");
        assertThat(cells(row(rejected, "IBRD-GATE"))).startsWith("480.5", "480.5 (15.5 on holidays)", "0", "48,592.50",
                "47,120.00", "+1,472.50");
        assertThat(row(rejected, "IBRD-GATE")).contains("data-differs=\"true\"");
        String good = c.get(matching).body();
        assertThat(good).contains("id=\"decision\">to certify", "id=\"gross\">145,050.00", "id=\"deducted\">2,880.00",
                "id=\"payable\">142,170.00", "380.00", "2,500.00");
        // the lobby: 22 weekdays × 8 h less 2 h unfilled = 174 h, 8 of them on the holiday: 166 × 95 + 8 × 190
        assertThat(cells(row(good, "IFC-LOBBY"))).startsWith("174", "174 (8 on holidays)", "0", "17,290.00",
                "17,290.00", "0.00", "matches");
        assertThat(row(good, "IFC-LOBBY")).contains("data-differs=\"false\"");
        // G-01 stood 06:00–18:00 on 12 March: 12 hours, over the 8-hour day shift with 3 hours of overtime
        String violations = good.substring(good.indexOf("id=\"violations\""));
        assertThat(violations.substring(0, violations.indexOf("</table>"))).contains("G-01");
        assertThat(c.get("/console/guard/invoices/not-an-id").statusCode()).isEqualTo(400);
        assertThat(c.get("/console/guard/invoices/00000000-0000-4000-8000-000000000000").statusCode()).isEqualTo(404);
        String contract = ConsoleClient.find(overview.body(), "href=\"(/console/guard/contracts/" + UUID + ")\"")
                .orElseThrow();
        assertThat(c.get(contract).body()).contains("id=\"review-overdue\"", "IBRD perimeter, night");
    }

    @Test
    @DisplayName("guard: a vendor sees only its own contracts' invoices and reviews; another vendor none; a manager nothing")
    void guard_vendor_and_manager() throws Exception {
        ConsoleClient vendor = signedIn("demo-vendor");
        HttpResponse<String> own = vendor.get("/console/guard");
        assertThat(own.statusCode()).isEqualTo(200);
        noLeak(own);
        assertThat(own.body()).contains("Contracts: not shown to your role", "Inspections: not shown to your role",
                DemoGuard.MATCHING_INVOICE, DemoGuard.OVERBILLED_INVOICE, "Guard G-04 has been removed from night posts");
        String invoice = ConsoleClient.find(own.body(), "href=\"(/console/guard/invoices/" + UUID + ")\">"
                + DemoGuard.MATCHING_INVOICE + "<").orElseThrow();
        assertThat(vendor.get(invoice).statusCode()).isEqualTo(200);

        ConsoleClient other = new ConsoleClient(app.port());
        other.get("/console/sign-in");
        assertThat(other.post("/console/sign-in", other.form("token", OTHER_VENDOR)).statusCode()).isEqualTo(303);
        HttpResponse<String> none = other.get("/console/guard");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).contains("No invoice.", "No performance review.")
                .doesNotContain(DemoGuard.MATCHING_INVOICE, DemoGuard.REFERENCE);
        HttpResponse<String> refused = other.get(invoice);
        assertThat(refused.statusCode()).isEqualTo(403);
        noLeak(refused);
        assertThat(refused.body()).doesNotContain(DemoGuard.MATCHING_INVOICE, "47,120.00");

        ConsoleClient manager = signedIn("demo-manager");
        HttpResponse<String> page = manager.get("/console/guard");
        assertThat(page.body()).contains("Contracts: not shown to your role", "Invoices: not shown to your role",
                "Performance reviews: not shown to your role").doesNotContain("G-04", "Juan");
        assertThat(manager.get(invoice).statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("documents: staff see the office's library, not the security team's; acknowledge by the notice's reference")
    void documents_staff() throws Exception {
        ConsoleClient staff = signedIn("demo-staff");
        HttpResponse<String> library = staff.get("/console/documents");
        assertThat(library.statusCode()).isEqualTo(200);
        noLeak(library);
        assertThat(library.body()).contains("SOP: earthquake", "Restricted and high-risk areas, Mexico",
                "Los acuses de recibo: no se muestra a su función", "id=\"acknowledge\"")
                .doesNotContain("Relocation and evacuation plan");
        String restricted = null;
        for (JsonNode d : api("demo-officer", "/api/v1/documents/library?limit=50").path("items")) {
            if (d.path("title").asText().equals("Restricted and high-risk areas, Mexico")) {
                restricted = d.path("id").asText();
            }
        }
        String reference = null;
        for (JsonNode d : api("demo-officer", "/api/v1/documents/disseminations?limit=50").path("items")) {
            if (d.path("document").asText().equals(restricted)) {
                reference = d.path("id").asText();
            }
        }
        assertThat(reference).as("the restricted-areas list's dissemination").isNotNull();
        ConsoleClient officer = signedIn("demo-officer");
        String before = officer.get("/console/documents/" + restricted).body();
        assertThat(before).containsPattern("<td>0 of \\d+</td>");

        HttpResponse<String> bad = staff.post("/console/documents/acknowledgements", staff.form("reference", "bogus"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("reference: ");
        staff.get("/console/documents");
        assertThat(staff.post("/console/documents/acknowledgements", staff.form("reference", ""))
                .body()).contains("reference: must be given");
        staff.get("/console/documents");
        assertThat(staff.post("/console/documents/acknowledgements", staff.form("reference",
                "00000000-0000-4000-8000-000000000000")).statusCode()).isEqualTo(404);
        staff.get("/console/documents");
        HttpResponse<String> done = staff.post("/console/documents/acknowledgements", staff.form("reference",
                reference));
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(officer.get("/console/documents/" + restricted).body()).containsPattern("<td>1 of \\d+</td>");
    }

    @Test
    @DisplayName("documents: the officer sees who has not acknowledged; a manager sees the security library but no person")
    void documents_officer_and_manager() throws Exception {
        ConsoleClient officer = signedIn("demo-officer");
        String library = officer.get("/console/documents").body();
        assertThat(library).contains("Classified security", "Relocation and evacuation plan",
                "You sign in for no person of the office").doesNotContain("not shown to your role");
        String quake = ConsoleClient.find(library, "href=\"(/console/documents/" + UUID + ")\">SOP: earthquake")
                .orElseThrow();
        String page = officer.get(quake).body();
        assertThat(page).contains("id=\"not-acknowledged\"", "assembly point moved to Calle Río Lerma")
                .containsPattern("<tr><th scope=\"row\">2</th>");

        ConsoleClient manager = signedIn("demo-manager");
        HttpResponse<String> seen = manager.get("/console/documents");
        noLeak(seen);
        assertThat(seen.body()).contains("Relocation and evacuation plan", "Acknowledgements: not shown to your role");
        HttpResponse<String> doc = manager.get(quake);
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body()).contains("Disseminations: not shown to your role", "Acknowledgements: not shown to"
                + " your role").doesNotContain("id=\"not-acknowledged\"", "/console/people/");
        assertThat(manager.get("/console/documents/not-an-id").statusCode()).isEqualTo(400);
    }
}
