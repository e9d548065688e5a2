package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console over HTTP, without a browser: sign-in, sessions, CSRF refusals, the CSP, denials and
 * error pages (HTML under /console, problems under /api), on one app start with the demo office.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleHttpTest {
    private ReferenceApp app;
    private String rollCall;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        app = ReferenceApp.start(AppConfig.fromEnvironment(Map.of("VIGIL_DATA_DIR", dir.toString(), "VIGIL_PORT", "0",
                "VIGIL_HOST", "127.0.0.1", "VIGIL_DEMO", "true", "VIGIL_ESCALATION_SECONDS", "3600")));
        ConsoleClient officer = new ConsoleClient(app.port());
        officer.signIn("demo-officer");
        rollCall = ConsoleClient.find(officer.get("/console/").body(), "/console/roll-calls/([0-9a-f-]{36})")
                .orElseThrow();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private ConsoleClient client() {
        return new ConsoleClient(app.port());
    }

    @Test
    @DisplayName("the root and the console send a viewer who has not signed in to the sign-in page")
    void unsigned_viewers_go_to_sign_in() throws Exception {
        ConsoleClient c = client();
        HttpResponse<String> root = c.get("/");
        assertThat(root.statusCode()).isEqualTo(303);
        assertThat(root.headers().firstValue("Location")).hasValue("/console/");
        HttpResponse<String> today = c.get("/console/");
        assertThat(today.statusCode()).isEqualTo(303);
        assertThat(today.headers().firstValue("Location")).hasValue("/console/sign-in");
        HttpResponse<String> board = c.get("/console/roll-calls/" + rollCall);
        assertThat(board.statusCode()).isEqualTo(303);
        assertThat(board.body()).doesNotContain("IBRD");
    }

    @Test
    @DisplayName("pages carry a CSP allowing only the app's own scripts and styles, and the cookie is HttpOnly and SameSite=Strict")
    void headers_and_cookie() throws Exception {
        HttpResponse<String> page = client().get("/console/sign-in");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'none'", "script-src 'self'", "style-src 'self'",
                "frame-ancestors 'none'", "form-action 'self'").doesNotContain("unsafe");
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("vigil-console=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict").doesNotContainIgnoringCase("Secure;");
        assertThat(page.body()).doesNotContain("<script>", "style=\"", " on" + "click=");
        HttpResponse<String> api = client().get("/api/v1/health");
        assertThat(api.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    @DisplayName("signing in gives a new session id; signing out ends it")
    void sign_in_and_out() throws Exception {
        ConsoleClient c = client();
        c.get("/console/sign-in");
        String before = c.cookie();
        HttpResponse<String> signed = c.post("/console/sign-in", c.form("identity", "demo-officer"));
        assertThat(signed.statusCode()).isEqualTo(303);
        assertThat(c.cookie()).isNotEqualTo(before);
        String session = c.cookie();
        HttpResponse<String> today = c.get("/console/");
        assertThat(today.statusCode()).isEqualTo(200);
        assertThat(today.body()).contains("officer@demo", "Open roll-calls");
        assertThat(c.post("/console/sign-out", c.form()).statusCode()).isEqualTo(303);
        c.cookie(session);
        assertThat(c.get("/console/").statusCode()).isEqualTo(303);
        c.cookie(before);
        assertThat(c.get("/console/").statusCode()).isEqualTo(303);
    }

    @Test
    @DisplayName("a form without its CSRF token is refused (403) and changes nothing; so is a sign-in without one")
    void csrf_refused() throws Exception {
        ConsoleClient c = client();
        c.get("/console/sign-in");
        HttpResponse<String> signIn = c.post("/console/sign-in", Map.of("identity", "demo-officer"));
        assertThat(signIn.statusCode()).isEqualTo(403);
        assertThat(c.get("/console/").statusCode()).isEqualTo(303);
        c.signIn("demo-officer");
        String board = c.get("/console/roll-calls/" + rollCall + "?state=SILENT").body();
        String person = ConsoleClient.find(board, "name=\"person\" value=\"([0-9a-f-]{36})\"").orElseThrow();
        String silentBefore = silentCount(board);
        Map<String, String> forged = Map.of("csrf", "forged", "person", person, "answer", "SAFE", "channel", "PHONE");
        HttpResponse<String> refused = c.post("/console/roll-calls/" + rollCall + "/answers", forged);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(refused.body()).contains("expired");
        assertThat(silentCount(c.get("/console/roll-calls/" + rollCall + "?state=SILENT").body())).isEqualTo(silentBefore);
    }

    @Test
    @DisplayName("bad input is a 400 page naming every bad field, never a class name")
    void bad_input() throws Exception {
        ConsoleClient c = client();
        c.signIn("demo-officer");
        HttpResponse<String> bad = c.get("/console/roll-calls/not-an-id?state=BOGUS&zone=" + "x".repeat(300));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(bad.body()).contains("id: ", "state: ", "zone: ").doesNotContain("Exception", "io.vigil", "at java");
        c.get("/console/roll-calls/" + rollCall);
        HttpResponse<String> form = c.post("/console/roll-calls/" + rollCall + "/answers",
                c.form("person", "nobody", "answer", "MAYBE"));
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(form.body()).contains("person: ", "answer: ", "channel: ").doesNotContain("Exception", "io.vigil");
    }

    @Test
    @DisplayName("no route under /console is an HTML 404 page; under /api it stays a problem")
    void not_found() throws Exception {
        ConsoleClient c = client();
        HttpResponse<String> page = c.get("/console/nowhere");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(page.body()).contains("Not found").doesNotContain("Exception", "io.vigil");
        c.signIn("demo-officer");
        HttpResponse<String> unknown = c.get("/console/roll-calls/00000000-0000-4000-8000-000000000000");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("Exception", "io.vigil");
        HttpResponse<String> api = c.get("/api/v1/nowhere");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("a staff member may not open the roll-call board: a 403 page")
    void staff_denied_the_board() throws Exception {
        ConsoleClient c = client();
        c.signIn("demo-staff");
        HttpResponse<String> board = c.get("/console/roll-calls/" + rollCall);
        assertThat(board.statusCode()).isEqualTo(403);
        assertThat(board.body()).contains("No permitido").doesNotContain("IBRD office", "Exception");
    }

    @Test
    @DisplayName("the assets are served from the WebJars and the console; nothing else is")
    void assets() throws Exception {
        ConsoleClient c = client();
        assertThat(c.get("/console/assets/htmx.min.js").body()).contains("htmx");
        assertThat(c.get("/console/assets/leaflet.js").body()).contains("Leaflet");
        assertThat(c.get("/console/assets/console.css").statusCode()).isEqualTo(200);
        assertThat(c.get("/console/assets/..%2F..%2Fpom.xml").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("a token the API does not accept signs no one in; after 20 failures from one address, 429 for a minute")
    void failed_token_sign_ins_are_bounded() throws Exception {
        ConsoleClient c = client();
        c.get("/console/sign-in");
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> refused = c.post("/console/sign-in", c.form("token", "guess-" + i));
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).contains("token: not accepted");
        }
        HttpResponse<String> limited = c.post("/console/sign-in", c.form("token", "demo-officer"));
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(c.get("/console/").statusCode()).isEqualTo(303);
        assertThat(c.signIn("demo-officer").statusCode()).isEqualTo(303);
    }

    @Test
    @DisplayName("the today page lists what is overdue, each linking to its record, which opens")
    void overdue_items_link_to_their_records() throws Exception {
        ConsoleClient c = client();
        c.signIn("demo-officer");
        String today = c.get("/console/").body();
        String review = ConsoleClient.find(today, "Assessment review</span> <a href=\"(/console/assessments/[0-9a-f-]{36})\"")
                .orElseThrow();
        String check = ConsoleClient.find(today, "<a href=\"(/console/facilities/[0-9a-f-]{36})\"").orElseThrow();
        assertThat(c.get(review).body()).contains("id=\"matrix\"");
        HttpResponse<String> facility = c.get(check);
        assertThat(facility.statusCode()).isEqualTo(200);
        assertThat(facility.body()).contains("overdue");
    }

    @Test
    @DisplayName("what the console shows is audited as the signed-in viewer's read, naming the persons listed")
    void console_reads_are_audited() throws Exception {
        ConsoleClient c = client();
        c.signIn("demo-associate");
        String board = c.get("/console/roll-calls/" + rollCall + "?state=SAFE").body();
        String person = ConsoleClient.find(board, "id=\"person-([0-9a-f-]{36})\"").orElseThrow();
        HttpResponse<String> audit = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://127.0.0.1:" + app.port()
                        + "/api/v1/audit?actor=associate@demo&person=" + person + "&limit=50"))
                .header("Authorization", "Bearer demo-officer").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("\"actor\":\"associate@demo\"", person);
    }

    @Test
    @DisplayName("the board's counts fragment, which htmx polls, follows an answer recorded by phone; signed out, htmx is told to go to sign-in")
    void the_counts_fragment_is_live() throws Exception {
        ConsoleClient c = client();
        c.signIn("demo-officer");
        String board = c.get("/console/roll-calls/" + rollCall + "?state=SILENT").body();
        assertThat(board).contains("hx-get=\"/console/roll-calls/" + rollCall + "/counts\"", "hx-trigger=\"every 5s\"");
        String person = ConsoleClient.find(board, "name=\"person\" value=\"([0-9a-f-]{36})\"").orElseThrow();
        int safe = Integer.parseInt(safeCount(c.get("/console/roll-calls/" + rollCall + "/counts").body()));
        HttpResponse<String> recorded = c.post("/console/roll-calls/" + rollCall + "/answers",
                c.form("person", person, "answer", "SAFE", "channel", "RADIO", "state", "SILENT", "zone", ""));
        assertThat(recorded.statusCode()).isEqualTo(303);
        assertThat(recorded.headers().firstValue("Location").orElseThrow())
                .startsWith("/console/roll-calls/" + rollCall + "?state=SILENT");
        String after = c.get("/console/roll-calls/" + rollCall + "/counts").body();
        assertThat(after.strip()).startsWith("<section id=\"counts\"").doesNotContain("<html");
        assertThat(Integer.parseInt(safeCount(after))).isEqualTo(safe + 1);
        ConsoleClient stranger = client();
        HttpResponse<String> poll = stranger.send("/console/roll-calls/" + rollCall + "/counts", "HX-Request", "true");
        assertThat(poll.headers().firstValue("HX-Redirect")).hasValue("/console/sign-in");
        assertThat(poll.body()).isEmpty();
    }

    private static String safeCount(String counts) {
        return ConsoleClient.find(counts, "data-state=\"SAFE\"><dt>[^<]*</dt><dd>(\\d+)</dd>").orElseThrow();
    }

    private static String silentCount(String board) {
        return ConsoleClient.find(board, "data-state=\"AWAITING\"><dt>[^<]*</dt><dd>(\\d+)</dd>").orElseThrow();
    }
}
