package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.examples.demo.crisis.DemoRelocation;
import io.vigil.examples.demo.liaison.DemoLiaison;
import io.vigil.examples.demo.review.DemoReview;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
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
 * The console's liaison, programme-review and relocation screens over HTTP, without a browser, on one
 * app start with the demo office: what each role sees and is refused, every form with bad input (one
 * 400 page naming every bad field, nothing recorded), and the demo seed's figures checked by hand.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleLiaisonReviewRelocationHttpTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Pattern OVERDUE = Pattern.compile(
            "data-kind=\"Liaison action\"><span class=\"badge\">[^<]*</span> <a href=\"([^\"]*)\">([^<]*)</a>");

    private ReferenceApp app;
    /** The demo's quarter up to just after the seed: the tests' own writes come after it, so they do not count. */
    private DemoReview quarter;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        app = ReferenceApp.start(AppConfig.fromEnvironment(Map.of("VIGIL_DATA_DIR", dir.resolve("data").toString(),
                "VIGIL_PORT", "0", "VIGIL_HOST", "127.0.0.1", "VIGIL_DEMO", "true", "VIGIL_ESCALATION_SECONDS",
                "3600")));
        quarter = DemoReview.quarterUpTo(Instant.now());
        Thread.sleep(5);
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

    /** The part of a page from the element of that id to the end of its section. */
    private static String part(String page, String id) {
        int from = page.indexOf("id=\"" + id + "\"");
        assertThat(from).as("the part " + id).isPositive();
        int to = page.indexOf("</section>", from);
        return page.substring(from, to < 0 ? page.length() : to);
    }

    /** The id of the option whose label is {@code label} in a page's select. */
    private static String option(String page, String label) {
        return ConsoleClient.find(page, "<option value=\"(" + UUID + ")\">" + Pattern.quote(label) + "</option>")
                .orElseThrow(() -> new AssertionError("no option " + label));
    }

    private static String query(DemoReview q) {
        return "?from=" + enc(q.from()) + "&to=" + enc(q.to()) + "&asOf=" + enc(q.asOf());
    }

    private static String enc(Instant at) {
        return URLEncoder.encode(at.toString(), StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- liaison

    @Test
    @DisplayName("SOC overview: the SOC sees both demo offices as the API counts them, a manager their own, staff are told it is not shown, in their language")
    void soc_overview() throws Exception {
        ConsoleClient soc = signedIn("demo-soc");
        HttpResponse<String> page = soc.get("/console/soc");
        assertThat(page.statusCode()).isEqualTo(200);
        noLeak(page);
        JsonNode api = api("demo-soc", "/api/v1/soc/overview");
        for (JsonNode row : api.path("offices")) {
            String office = row.path("office").asText();
            int start = page.body().indexOf("data-office=\"" + office + "\"");
            assertThat(start).as(office).isPositive();
            String cells = page.body().substring(start, page.body().indexOf("</tr>", start));
            assertThat(cells).as(office).contains("<td>" + row.path("headcount").path("total").asInt() + "</td>");
        }
        assertThat(api.path("offices")).hasSize(2);
        assertThat(page.body()).contains("data-office=\"CF-BGF\"", "data-office=\"MX-MEX\"", "IOM Bangui")
                .doesNotContain("Lucía", "Grâce");

        HttpResponse<String> manager = signedIn("demo-manager").get("/console/soc");
        assertThat(manager.statusCode()).isEqualTo(200);
        assertThat(manager.body()).contains("data-office=\"MX-MEX\"").doesNotContain("data-office=\"CF-BGF\"");

        ConsoleClient staff = signedIn("demo-staff");
        // Lucía prefers Spanish
        assertThat(staff.get("/console/soc").body()).contains("Panorama de las oficinas", "El panorama de las oficinas: no se muestra a su función")
                .doesNotContain("data-office=");
        staff.language("fr");
        assertThat(staff.get("/console/soc").body()).contains("Vue des bureaux",
                "La vue des bureaux : non visible pour votre rôle");
    }

    @Test
    @DisplayName("liaison: the officer sees every organisation and contact, the confidential one stale, the logs, meetings, overdue actions and advice")
    void liaison_officer() throws Exception {
        ConsoleClient c = signedIn("demo-officer");
        HttpResponse<String> page = c.get("/console/liaison");
        assertThat(page.statusCode()).isEqualTo(200);
        noLeak(page);
        String contacts = part(page.body(), "organisations");
        assertThat(contacts).contains("UNDSS Mexico", "Ana Beltrán", "Comandante Héctor Ruiz", "Claire Dubois",
                "Embassy of Canada, Regional Security Office");
        // last reached 120 days ago, a private security network's contact is stale after 90 days; the others were
        // reached 3, 10 and 20 days ago, within their 14, 30 and 60
        assertThat(Pattern.compile("data-stale=\"true\"").matcher(contacts).results().count()).isEqualTo(1);
        int stale = contacts.indexOf("data-stale=\"true\"");
        assertThat(contacts.substring(stale, contacts.indexOf("</tr>", stale))).contains(DemoLiaison.NETWORK_CONTACT,
                "confidential", "stale", "120 days ago (stale after 90)");
        assertThat(part(page.body(), "contact-log")).contains("express kidnappings in Polanco",
                "road blocks announced on Reforma", "called");
        assertThat(part(page.body(), "information-log")).contains(
                "UNDSS threat assessment update for the Valle de México", "the office's march-day movement restrictions");
        assertThat(part(page.body(), "meetings")).contains(DemoLiaison.SECURITY_CELL, "2 items carried over");
        // the warden list was due three days ago and is in progress; the drill date was booked; the rest are due later
        String overdue = part(page.body(), "overdue-actions");
        assertThat(overdue).contains("Update the warden list of zone Norte", "in progress", "overdue")
                .doesNotContain("Book the earthquake drill date", "Send the Independence Day advisory");
        assertThat(part(page.body(), "my-actions")).contains("You sign in for no person of the office");
        String advice = part(page.body(), "advice");
        assertThat(advice).contains("Road movements after dark", "accepted", "agreed at the SMT", "partly accepted",
                "no budget for a night guard this year");
        for (String topic : List.of("Road movements after dark", "Armed guards at the residence of the head of office")) {
            assertThat(advice).as(topic + " is decided").containsPattern("data-decided=\"true\">\\s*<h3>"
                    + Pattern.quote(topic) + "</h3>");
        }
    }

    @Test
    @DisplayName("liaison: the second meeting opens with the first one's open items, then those raised at it")
    void liaison_meeting() throws Exception {
        ConsoleClient c = signedIn("demo-officer");
        String page = c.get("/console/liaison").body();
        List<String> meetings = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"(/console/liaison/meetings/" + UUID + ")\"").matcher(part(page, "meetings"));
        while (m.find()) {
            meetings.add(m.group(1));
        }
        assertThat(meetings).hasSize(2);
        // latest first: the second meeting, held a day ago
        HttpResponse<String> second = c.get(meetings.get(0));
        assertThat(second.statusCode()).isEqualTo(200);
        noLeak(second);
        String carried = part(second.body(), "carried-title");
        assertThat(carried).contains("Update the warden list of zone Norte",
                "Confirm the assembly points with building management").doesNotContain("Book the earthquake drill date");
        assertThat(part(second.body(), "raised-title")).contains("Send the Independence Day advisory");
        String first = c.get(meetings.get(1)).body();
        assertThat(part(first, "carried-title")).contains("No open item was carried over.");
        assertThat(part(first, "raised-title")).contains("Book the earthquake drill date", "done");
        assertThat(part(first, "attendees-title")).contains("Ana Beltrán");
        assertThat(c.get("/console/liaison/meetings/not-an-id").statusCode()).isEqualTo(400);
        assertThat(c.get("/console/liaison/meetings/00000000-0000-4000-8000-000000000000").statusCode())
                .isEqualTo(404);
    }

    @Test
    @DisplayName("liaison: the officer logs a contact; bad input is one 400 page naming every bad field and logs nothing")
    void liaison_contact_log() throws Exception {
        ConsoleClient c = signedIn("demo-officer");
        String page = c.get("/console/liaison").body();
        String rso = option(part(page, "contact-log"), "Claire Dubois");
        HttpResponse<String> bad = c.post("/console/liaison/contact-log", c.form("contact", "not-an-id", "mode",
                "pigeon", "topic", "", "at", "yesterday"));
        assertThat(bad.statusCode()).isEqualTo(400);
        noLeak(bad);
        assertThat(bad.body()).contains("contact: is not a valid identifier", "mode: must be one of",
                "topic: must be given", "at: must be a date and time");
        c.get("/console/liaison");
        HttpResponse<String> future = c.post("/console/liaison/contact-log", c.form("contact", rso, "mode", "MET",
                "topic", "a meeting not yet held", "at", "2999-01-01T10:00"));
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(c.get("/console/liaison").body()).doesNotContain("a meeting not yet held");
        HttpResponse<String> logged = c.post("/console/liaison/contact-log", c.form("contact", rso, "mode", "EMAILED",
                "topic", "wardens of the Canadian embassy's zone", "at", ""));
        assertThat(logged.statusCode()).isEqualTo(303);
        assertThat(logged.headers().firstValue("Location").orElseThrow()).isEqualTo("/console/liaison#contact-log");
        String after = part(c.get("/console/liaison").body(), "contact-entries");
        assertThat(after).contains("wardens of the Canadian embassy's zone");
        // latest first: the entry just logged heads the log
        assertThat(after.indexOf("wardens of the Canadian")).isLessThan(after.indexOf("weekly security update"));
    }

    @Test
    @DisplayName("liaison: sharing above a contact's level is refused with the reason and records nothing; obtaining it is recorded")
    void liaison_information_log() throws Exception {
        ConsoleClient c = signedIn("demo-officer");
        String page = c.get("/console/liaison").body();
        String police = option(part(page, "information-log"), "Comandante Héctor Ruiz");
        HttpResponse<String> refused = c.post("/console/liaison/information-log", c.form("contact", police,
                "direction", "SHARED", "level", "STRICTLY_CONFIDENTIAL", "summary", "the head of office's residence"));
        assertThat(refused.statusCode()).isEqualTo(409);
        noLeak(refused);
        assertThat(refused.body()).contains("information of level STRICTLY_CONFIDENTIAL may not be shared with"
                + " Comandante Héctor Ruiz, who is cleared to INTERNAL only");
        assertThat(c.get("/console/liaison").body()).doesNotContain("the head of office's residence");
        HttpResponse<String> bad = c.post("/console/liaison/information-log", c.form("contact", "", "direction",
                "lent", "level", "", "summary", "x".repeat(1001)));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("contact: must be given", "direction: must be one of", "level: must be given",
                "summary: must be at most 1000 characters");
        c.get("/console/liaison");
        HttpResponse<String> obtained = c.post("/console/liaison/information-log", c.form("contact", police,
                "direction", "OBTAINED", "level", "STRICTLY_CONFIDENTIAL", "summary", "a planned operation in Tepito"));
        assertThat(obtained.statusCode()).isEqualTo(303);
        assertThat(part(c.get("/console/liaison").body(), "exchanges")).contains("a planned operation in Tepito",
                "strictly confidential", "obtained");
    }

    @Test
    @DisplayName("liaison: the officer gives advice, the manager records the decision once; bad input and a second decision record nothing")
    void liaison_advice_and_decision() throws Exception {
        ConsoleClient officer = signedIn("demo-officer");
        officer.get("/console/liaison");
        HttpResponse<String> badAdvice = officer.post("/console/liaison/advice", officer.form("topic", "", "concerns",
                "", "recommendation", ""));
        assertThat(badAdvice.statusCode()).isEqualTo(400);
        assertThat(badAdvice.body()).contains("topic: must be given", "concerns: must be given",
                "recommendation: must be given");
        officer.get("/console/liaison");
        assertThat(officer.post("/console/liaison/advice", officer.form("topic", "Staff parking at the office",
                "concerns", "cars watched in the street before express kidnappings",
                "recommendation", "Move staff parking inside the compound")).statusCode()).isEqualTo(303);

        ConsoleClient manager = signedIn("demo-manager");
        String page = manager.get("/console/liaison").body();
        String id = ConsoleClient.find(page, "id=\"advice-(" + UUID + ")\" data-decided=\"false\"").orElseThrow();
        String article = page.substring(page.indexOf("id=\"advice-" + id + "\""));
        assertThat(article.substring(0, article.indexOf("</article>"))).contains("Staff parking at the office",
                "Record management's decision");
        String version = ConsoleClient.find(article, "name=\"version\" value=\"(\\d+)\"").orElseThrow();
        String path = "/console/liaison/advice/" + id + "/decision";
        HttpResponse<String> bad = manager.post(path, manager.form("version", version, "outcome", "maybe", "reason",
                "", "decidedBy", ""));
        assertThat(bad.statusCode()).isEqualTo(400);
        noLeak(bad);
        assertThat(bad.body()).contains("outcome: must be one of", "reason: must be given", "decidedBy: must be given");
        assertThat(manager.get("/console/liaison").body()).contains("id=\"advice-" + id + "\" data-decided=\"false\"");
        HttpResponse<String> decided = manager.post(path, manager.form("version", version, "outcome", "DECLINED",
                "reason", "the compound has no room this year", "decidedBy", "Head of office"));
        assertThat(decided.statusCode()).isEqualTo(303);
        String after = manager.get("/console/liaison").body();
        assertThat(after).contains("id=\"advice-" + id + "\" data-decided=\"true\"",
                "the compound has no room this year", "recorded by manager@demo");
        HttpResponse<String> again = manager.post(path, manager.form("version", String.valueOf(Long.parseLong(version)
                + 1), "outcome", "ACCEPTED", "reason", "changed our mind", "decidedBy", "Head of office"));
        assertThat(again.statusCode()).isEqualTo(409);
        noLeak(again);
        assertThat(manager.get("/console/liaison").body()).doesNotContain("changed our mind");
    }

    @Test
    @DisplayName("liaison: a manager sees no confidential contact and no log; staff see only their own actions; neither may log")
    void liaison_denials() throws Exception {
        ConsoleClient manager = signedIn("demo-manager");
        HttpResponse<String> page = manager.get("/console/liaison");
        assertThat(page.statusCode()).isEqualTo(200);
        noLeak(page);
        assertThat(page.body()).contains("Ana Beltrán", "The contact log: not shown to your role",
                "The information log: not shown to your role", "Meetings: not shown to your role")
                .doesNotContain(DemoLiaison.NETWORK_CONTACT, "express kidnappings in Polanco");
        String contact = option(part(signedIn("demo-officer").get("/console/liaison").body(), "information-log"),
                "Ana Beltrán");
        HttpResponse<String> refused = manager.post("/console/liaison/information-log", manager.form("contact",
                contact, "direction", "OBTAINED", "level", "PUBLIC", "summary", "a manager's note"));
        assertThat(refused.statusCode()).isEqualTo(403);
        noLeak(refused);

        ConsoleClient staff = signedIn("demo-staff");
        HttpResponse<String> own = staff.get("/console/liaison");
        assertThat(own.statusCode()).isEqualTo(200);
        noLeak(own);
        assertThat(part(own.body(), "my-actions")).contains("Confirm the assembly points with building management")
                .doesNotContain("Update the warden list of zone Norte");
        // demo-staff reads the console in Spanish, her person's language
        assertThat(own.body()).contains("Las organizaciones: no se muestra a su función")
                .doesNotContain(DemoLiaison.NETWORK_CONTACT, "Ana Beltrán");
        HttpResponse<String> log = staff.post("/console/liaison/contact-log", staff.form("contact", contact, "mode",
                "MET", "topic", "staff logging"));
        assertThat(log.statusCode()).isEqualTo(403);
        assertThat(staff.post("/console/liaison/advice", staff.form("topic", "t", "concerns", "c", "recommendation",
                "r")).statusCode()).isEqualTo(403);
        assertThat(signedIn("demo-officer").get("/console/liaison").body()).doesNotContain("staff logging",
                "a manager's note");
    }

    @Test
    @DisplayName("today lists the overdue liaison action, linking to the liaison page's overdue actions")
    void today_lists_overdue_liaison_actions() throws Exception {
        String today = signedIn("demo-officer").get("/console/").body();
        List<String[]> items = new ArrayList<>();
        Matcher m = OVERDUE.matcher(today);
        while (m.find()) {
            items.add(new String[] {m.group(1), m.group(2)});
        }
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i[0]).isEqualTo("/console/liaison#overdue-actions");
            assertThat(i[1]).isEqualTo("Update the warden list of zone Norte");
        });
    }

    // ---------------------------------------------------------------- review

    @Test
    @DisplayName("review: the officer's quarter shows every section and figure the API gives, the charts as SVG and the findings")
    void review_officer() throws Exception {
        ConsoleClient c = signedIn("demo-officer");
        HttpResponse<String> form = c.get("/console/review");
        assertThat(form.statusCode()).isEqualTo(200);
        noLeak(form);
        assertThat(form.body()).contains("id=\"presets\"", "The last 91 days").doesNotContain("id=\"review\"");
        HttpResponse<String> page = c.get("/console/review" + query(quarter));
        assertThat(page.statusCode()).isEqualTo(200);
        noLeak(page);
        assertThat(page.body()).contains("Full review, with the findings for the security roles.", "<svg ",
                "href=\"/console/review.md" + query(quarter).replace("&", "&amp;") + "\"",
                "href=\"/console/review.pdf", "href=\"/console/review.html");
        JsonNode review = api("demo-officer", "/api/v1/review" + query(quarter));
        int findings = 0;
        for (JsonNode s : review.path("sections")) {
            String section = part(page.body(), "section-" + s.path("key").asText());
            assertThat(section).contains(s.path("title").asText());
            for (JsonNode f : s.path("figures")) {
                assertThat(section).as(s.path("key").asText() + "." + f.path("key").asText())
                        .containsPattern("data-figure=\"" + f.path("key").asText() + "\"><th scope=\"row\">[^<]*</th>"
                                + "<td class=\"value\">" + f.path("value").asLong() + "( %| h)?</td>");
            }
            findings += s.path("findings").size();
            assertThat(Pattern.compile("<svg ").matcher(section).results().count()).isEqualTo(s.path("charts").size());
        }
        assertThat(findings).as("the demo's review has findings for the officer").isPositive();
        assertThat(page.body()).contains("class=\"findings\"");
        // by hand from the demo seed: contacts reached 3, 10 and 20 days ago (the confidential one 120 days ago, before
        // the quarter), the confidential one stale, two meetings and two pieces of advice
        String liaison = part(page.body(), "section-liaison");
        assertThat(liaison).containsPattern("data-figure=\"contactsReached\">[^\\n]*<td class=\"value\">3</td>")
                .containsPattern("data-figure=\"staleContacts\">[^\\n]*<td class=\"value\">1</td>")
                .containsPattern("data-figure=\"meetings\">[^\\n]*<td class=\"value\">2</td>")
                .containsPattern("data-figure=\"adviceGiven\">[^\\n]*<td class=\"value\">2</td>");
    }

    @Test
    @DisplayName("review: the Markdown, HTML and PDF forms are the review's, each with its own type")
    void review_downloads() throws Exception {
        ConsoleClient c = signedIn("demo-officer");
        HttpResponse<String> md = c.get("/console/review.md" + query(quarter));
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
        assertThat(md.headers().firstValue("Content-Disposition").orElseThrow()).contains("programme-review.md");
        assertThat(md.body()).contains("Liaison, meetings and advice", "Contacts stale at the end");
        HttpResponse<String> html = c.get("/console/review.html" + query(quarter));
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow())
                .isEqualTo("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
        assertThat(html.body()).contains("<h1>Programme review: MX-MEX</h1>", "<svg").doesNotContain("<script");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + app.port() + "/console/review.pdf" + query(quarter)))
                .header("Cookie", "vigil-console=" + c.cookie()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    @DisplayName("review: a manager's review holds figures only; staff are refused; a bad period is one 400 page naming every bad field")
    void review_roles_and_bad_input() throws Exception {
        ConsoleClient manager = signedIn("demo-manager");
        HttpResponse<String> page = manager.get("/console/review" + query(quarter));
        assertThat(page.statusCode()).isEqualTo(200);
        noLeak(page);
        assertThat(page.body()).contains("Figures only: your role sees no findings naming persons.",
                "Liaison, meetings and advice").doesNotContain("class=\"findings\"");
        ConsoleClient staff = signedIn("demo-staff");
        HttpResponse<String> refused = staff.get("/console/review" + query(quarter));
        assertThat(refused.statusCode()).isEqualTo(403);
        noLeak(refused);
        assertThat(staff.get("/console/review.pdf" + query(quarter)).statusCode()).isEqualTo(403);
        assertThat(staff.get("/console/review").statusCode()).as("the form alone reads nothing").isEqualTo(200);

        HttpResponse<String> bad = manager.get("/console/review?from=yesterday&asOf=soon");
        assertThat(bad.statusCode()).isEqualTo(400);
        noLeak(bad);
        assertThat(bad.body()).contains("from: must be an instant", "to: must be given", "asOf: must be an instant");
        HttpResponse<String> backwards = manager.get("/console/review?from=2026-07-01&to=2026-06-01");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("to: ");
        assertThat(manager.get("/console/review.md?from=2026-07-01").statusCode()).isEqualTo(400);
    }

    // ---------------------------------------------------------------- relocation

    @Test
    @DisplayName("relocation: the officer sees the plan, declares for the demo area and records a state; bad input records nothing")
    void relocation_officer() throws Exception {
        ConsoleClient c = signedIn("demo-officer");
        HttpResponse<String> page = c.get("/console/crisis/relocation");
        assertThat(page.statusCode()).isEqualTo(200);
        noLeak(page);
        String area = part(page.body(), "relocation-plan");
        // two vans of 12 and a bus of 40
        assertThat(area).contains(DemoRelocation.HAVEN, "<td>120</td>", "Parque de la Bombilla", "Insurgentes north",
                "Periférico north", "Transport (64 seats)", "Contracted bus: bus, 40 seats");
        HttpResponse<String> bad = c.post("/console/crisis/relocations", c.form("kind", "flight", "area", "",
                "haven", ""));
        assertThat(bad.statusCode()).isEqualTo(400);
        noLeak(bad);
        assertThat(bad.body()).contains("kind: must be one of", "area: must be given", "haven: must be given");
        c.get("/console/crisis/relocation");
        HttpResponse<String> declared = c.post("/console/crisis/relocations", c.form("kind", "RELOCATION", "area",
                DemoRelocation.AREA, "haven", DemoRelocation.HAVEN));
        assertThat(declared.statusCode()).isEqualTo(303);
        String path = declared.headers().firstValue("Location").orElseThrow();
        assertThat(path).matches("/console/crisis/relocations/" + UUID);
        HttpResponse<String> list = c.get(path);
        assertThat(list.statusCode()).isEqualTo(200);
        noLeak(list);
        JsonNode api = api("demo-officer", "/api/v1/crisis" + path.substring("/console/crisis".length()));
        int persons = api.path("evacuees").size();
        assertThat(persons).as("the demo area holds persons").isPositive();
        long rows = Pattern.compile("<tr data-status=").matcher(list.body()).results().count();
        assertThat(rows).isEqualTo(persons);
        assertThat(list.body()).contains("id=\"count-persons\">" + persons + "<", "id=\"count-seats\">64<",
                "id=\"count-to-move\">" + persons + "<", "id=\"count-arrived\">0<");
        long seated = Pattern.compile("data-seated=\"true\"").matcher(list.body()).results().count();
        assertThat(list.body()).contains("id=\"count-seated\">" + seated + "<",
                "id=\"count-shortfall\">" + (persons - seated) + "<");
        assertThat(c.get("/console/crisis/relocation").body()).contains("href=\"" + path + "\"");

        String person = ConsoleClient.find(part(list.body(), "record-state"), "<option value=\"(" + UUID + ")\"")
                .orElseThrow();
        HttpResponse<String> noReason = c.post(path + "/states", c.form("person", person, "status", "STAYS",
                "note", ""));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("note: must say why for stays");
        assertThat(c.get(path).body()).contains("id=\"count-stays\">0<");
        assertThat(c.post(path + "/states", c.form("person", "", "status", "")).body())
                .contains("person: must be given", "status: must be given");
        c.get(path);
        HttpResponse<String> arrived = c.post(path + "/states", c.form("person", person, "status", "ARRIVED",
                "note", "came with the first van"));
        assertThat(arrived.statusCode()).isEqualTo(303);
        String after = c.get(path).body();
        assertThat(after).contains("id=\"count-arrived\">1<", "id=\"count-to-move\">" + (persons - 1) + "<",
                "came with the first van");
        assertThat(c.get("/console/crisis/relocations/not-an-id").statusCode()).isEqualTo(400);
        assertThat(c.get("/console/crisis/relocations/00000000-0000-4000-8000-000000000000").statusCode())
                .isEqualTo(404);
    }

    @Test
    @DisplayName("relocation: a manager sees the counts naming nobody and may not declare; staff see the plan and their own entry only")
    void relocation_denials() throws Exception {
        ConsoleClient officer = signedIn("demo-officer");
        officer.get("/console/crisis/relocation");
        String path = officer.post("/console/crisis/relocations", officer.form("kind", "EVACUATION", "area",
                DemoRelocation.AREA, "haven", DemoRelocation.HAVEN)).headers().firstValue("Location").orElseThrow();
        String full = officer.get(path).body();
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("<th scope=\"row\"><a href=\"/console/people/" + UUID + "\">([^<]+)</a>")
                .matcher(full);
        while (m.find()) {
            names.add(m.group(1));
        }
        assertThat(names).isNotEmpty();

        ConsoleClient manager = signedIn("demo-manager");
        HttpResponse<String> page = manager.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        noLeak(page);
        assertThat(page.body()).contains("id=\"count-persons\">" + names.size() + "<",
                "The evacuation list: not shown to your role").doesNotContain(names.toArray(String[]::new));
        HttpResponse<String> refused = manager.post("/console/crisis/relocations", manager.form("kind", "RELOCATION",
                "area", DemoRelocation.AREA, "haven", DemoRelocation.HAVEN));
        assertThat(refused.statusCode()).isEqualTo(403);
        noLeak(refused);

        ConsoleClient staff = signedIn("demo-staff");
        HttpResponse<String> plan = staff.get("/console/crisis/relocation");
        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(plan.body()).contains(DemoRelocation.HAVEN, "Las reubicaciones declaradas: no se muestra a su función");
        HttpResponse<String> own = staff.get(path);
        assertThat(own.statusCode()).isEqualTo(200);
        noLeak(own);
        assertThat(own.body()).contains("La lista de evacuación: no se muestra a su función", "id=\"own\"")
                .doesNotContain("id=\"evacuees\"");
        String person = ConsoleClient.find(full, "<option value=\"(" + UUID + ")\"").orElseThrow();
        HttpResponse<String> record = staff.post(path + "/states", staff.form("person", person, "status", "MOVED"));
        assertThat(record.statusCode()).isEqualTo(403);
    }
}
