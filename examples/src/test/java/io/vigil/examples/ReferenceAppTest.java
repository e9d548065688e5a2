package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.vigil.examples.demo.bangui.DemoBanguiAlerting;
import io.vigil.examples.demo.bangui.DemoBanguiCrisis;
import io.vigil.examples.demo.bangui.DemoBanguiGuard;
import io.vigil.examples.demo.bangui.DemoBanguiLiaison;
import io.vigil.examples.demo.bangui.DemoBanguiRisk;
import io.vigil.examples.demo.bangui.DemoBanguiTravel;
import io.vigil.examples.demo.documents.DemoDocuments;
import io.vigil.examples.demo.people.DemoOffice;
import io.vigil.examples.demo.review.DemoReview;
import io.vigil.examples.demo.liaison.DemoLiaison;
import io.vigil.examples.demo.movement.DemoVisits;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The README's walk-through, step by step on both embedded stores, including a restart; the app's configuration. */
class ReferenceAppTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    private record Reply(int status, String contentType, JsonNode body, String link) {
    }

    private Reply call(int port, String token, String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), JSON.readTree(r.body()),
                r.headers().firstValue("Link").orElse(""));
    }

    private static AppConfig config(String store, Path dir) {
        return AppConfig.fromEnvironment(Map.of("VIGIL_STORE", store, "VIGIL_DATA_DIR", dir.toString(),
                "VIGIL_PORT", "0", "VIGIL_HOST", "127.0.0.1", "VIGIL_DEMO", "true"));
    }

    @Nested
    @DisplayName("the walk-through on the embedded default, SQLite (VIGIL_STORE=jdbc)")
    class JdbcOnSqlite extends Walkthrough {
        JdbcOnSqlite() {
            super("jdbc");
        }
    }

    @Nested
    @DisplayName("the walk-through on JSON files (VIGIL_STORE=files)")
    class FilesStore extends Walkthrough {
        FilesStore() {
            super("files");
        }
    }

    /**
     * The walk-through as named steps over one app, started once on a fresh data directory; the
     * last step restarts it. Steps run in order; each reads the demo office as seeded, except that
     * the restart counts the person the CSV import step added.
     */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    abstract class Walkthrough {
        private final String store;
        private AppConfig config;
        private ReferenceApp app;
        private int port;
        /** The persons seeded at the first start. */
        private long total;

        Walkthrough(String store) {
            this.store = store;
        }

        @BeforeAll
        void start(@TempDir Path dir) throws Exception {
            config = config(store, dir);
            app = ReferenceApp.start(config);
            port = app.port();
            total = call(port, "demo-officer", "GET", "/api/v1/persons?limit=1", null, null).body().path("total")
                    .asLong();
        }

        @AfterAll
        void stop() {
            if (app != null) {
                app.close();
            }
        }

        @Test
        @Order(1)
        void health_answers_without_a_token() throws Exception {
            assertThat(call(port, null, "GET", "/api/v1/health", null, null).status()).isEqualTo(200);
        }

        @Test
        @Order(2)
        void the_demo_personnel_cover_every_category() throws Exception {
            Reply persons = call(port, "demo-officer", "GET", "/api/v1/persons?limit=100", null, null);
            assertThat(persons.status()).isEqualTo(200);
            assertThat(persons.body().path("total").asLong()).isBetween(55L, 70L);
            assertThat(categories(persons.body())).contains("NATIONAL_STAFF", "INTERNATIONAL_STAFF", "CONSULTANT",
                    "DEPENDENT", "MISSION_VISITOR");
        }

        @Test
        @Order(3)
        void every_residence_lies_in_a_zone_and_a_warden_sees_their_own_zone_only() throws Exception {
            Reply residences = call(port, "demo-officer", "GET", "/api/v1/residences?limit=100", null, null);
            for (JsonNode r : residences.body().path("items")) {
                assertThat(r.path("wardenZone").asText()).as("every demo residence lies in a drawn zone")
                        .startsWith("CDMX-");
            }
            Reply zones = call(port, "demo-staff", "GET", "/api/v1/warden-zones", null, null);
            assertThat(zones.body().path("total").asLong()).isEqualTo(4);
            Reply roster = call(port, "demo-warden", "GET", "/api/v1/warden-zones/CDMX-SUR/roster", null, null);
            assertThat(roster.status()).isEqualTo(200);
            assertThat(roster.body().path("count").asInt()).isPositive();
            assertThat(call(port, "demo-warden", "GET", "/api/v1/warden-zones/CDMX-NORTE/roster", null, null)
                    .status()).as("a warden sees their own zone only").isEqualTo(403);
            Reply visitors = call(port, "demo-officer", "GET", "/api/v1/warden-zones/CDMX-PONIENTE/roster", null,
                    null);
            assertThat(visitors.body().path("entries").toString()).contains("VISITOR").contains("Hotel in Polanco");
            JsonNode mission = call(port, "demo-officer", "GET", "/api/v1/missions", null, null).body()
                    .path("items").get(0);
            int members = mission.path("members").size();
            assertThat(mission.path("stays").get(0).path("guests")).as("the escort sleeps at home in the city")
                    .hasSize(members - 1);
            assertThat(mission.path("stays").get(1).path("guests")).as("in Puebla every member stays")
                    .hasSize(members);
        }

        @Test
        @Order(4)
        void staff_are_refused_someone_elses_residence_with_the_reason() throws Exception {
            Reply residences = call(port, "demo-officer", "GET", "/api/v1/residences?limit=100", null, null);
            String someoneElses = null;
            String staffId = call(port, "demo-officer", "GET", "/api/v1/persons?q=Luc%C3%ADa%20Hern%C3%A1ndez",
                    null, null).body().path("items").get(0).path("id").asText();
            for (JsonNode r : residences.body().path("items")) {
                if (!r.path("occupant").asText().equals(staffId)) {
                    someoneElses = r.path("id").asText();
                    break;
                }
            }
            Reply refused = call(port, "demo-staff", "GET", "/api/v1/residences/" + someoneElses, null, null);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().path("detail").asText()).contains("staff see only their own records");
        }

        @Test
        @Order(5)
        void malformed_json_is_a_400_problem() throws Exception {
            Reply malformed = call(port, "demo-officer", "POST", "/api/v1/persons", "application/json",
                    "{\"givenName\": ");
            assertThat(malformed.status()).isEqualTo(400);
            assertThat(malformed.contentType()).startsWith("application/problem+json");
        }

        @Test
        @Order(6)
        void the_visiting_mission_has_its_itinerary() throws Exception {
            Reply missions = call(port, "demo-officer", "GET", "/api/v1/missions", null, null);
            assertThat(missions.body().path("items").get(0).path("legs").size()).isGreaterThan(2);
        }

        @Test
        @Order(7)
        void the_assessments_the_overdue_review_and_the_report_with_its_matrix() throws Exception {
            Reply assessments = call(port, "demo-manager", "GET", "/api/v1/assessments", null, null);
            assertThat(assessments.body().path("total").asLong()).isEqualTo(3);
            Reply due = call(port, "demo-manager", "GET", "/api/v1/risk/reviews-due", null, null);
            assertThat(due.body().path("items").get(0).path("title").asText()).isEqualTo("Oaxaca field visits SRA");
            JsonNode mexico = null;
            for (JsonNode a : assessments.body().path("items")) {
                mexico = a.path("title").asText().startsWith("Mexico City") ? a : mexico;
            }
            assertThat(mexico).isNotNull();
            assertThat(mexico.path("status").asText()).isEqualTo("APPROVED");
            assertThat(mexico.path("acceptability").path("decision").asText()).isEqualTo("PROCEED_WITH_APPROVAL");
            HttpResponse<String> report = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/assessments/" + mexico.path("id").asText() + "/report"))
                    .header("Authorization", "Bearer demo-manager").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(report.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
            assertThat(report.body()).contains("## Risk matrix").contains("express kidnapping")
                    .containsPattern("\\| Valid \\| \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} CST \\(America/Mexico_City\\) to ");
        }

        @Test
        @Order(8)
        void the_rules_at_tepito_for_security_roles_only() throws Exception {
            Reply tepito = call(port, "demo-staff", "POST", "/api/v1/restricted-areas/applicable", "application/json",
                    "{\"route\":[{\"latitude\":19.445,\"longitude\":-99.124}],\"at\":\"" + Instant.now()
                            + "\"}");
            assertThat(tepito.status()).as("staff are not security roles").isEqualTo(403);
            Reply rules = call(port, "demo-associate", "POST", "/api/v1/restricted-areas/applicable",
                    "application/json", "{\"route\":[{\"latitude\":19.445,\"longitude\":-99.124}],\"at\":\""
                            + Instant.now() + "\"}");
            assertThat(rules.body().path("items").get(0).path("name").asText()).isEqualTo("Tepito market district");
        }

        @Test
        @Order(9)
        void the_lapsed_venue_the_overdue_test_and_the_non_compliant_residences() throws Exception {
            Reply lapsed = call(port, "demo-manager", "GET", "/api/v1/venues/expired", null, null);
            assertThat(lapsed.body().path("items").get(0).path("name").asText())
                    .isEqualTo("Conference centre in Santa Fe");

            Reply overdue = call(port, "demo-manager", "GET", "/api/v1/facilities/due?days=0", null, null);
            assertThat(overdue.body().path("items").get(0).path("assetTag").asText()).isEqualTo("CCTV-01");
            Reply failing = call(port, "demo-associate", "GET", "/api/v1/facilities/non-compliant-residences", null,
                    null);
            assertThat(failing.body().path("items")).hasSize(2);
        }

        @Test
        @Order(10)
        void who_is_on_call_the_coverage_gap_the_open_request_and_the_advisory() throws Exception {
            Reply onCall = call(port, "demo-staff", "GET", "/api/v1/on-call/now", null, null);
            assertThat(onCall.body().path("items")).hasSize(1);
            Reply coverage = call(port, "demo-officer", "GET", "/api/v1/on-call/coverage", null, null);
            assertThat(coverage.body().path("warnings")).hasSize(1);
            Reply open = call(port, "demo-soc", "GET", "/api/v1/emergency-requests?open=true", null, null);
            assertThat(open.body().path("total").asLong()).isEqualTo(1);

            Reply advisories = call(port, "demo-staff", "GET", "/api/v1/advisories/active", null, null);
            assertThat(advisories.body().path("items")).hasSize(1);
        }

        @Test
        @Order(11)
        void the_monthly_communication_test_has_its_score() throws Exception {
            Reply tests = call(port, "demo-manager", "GET", "/api/v1/communication-tests", null, null);
            JsonNode monthly = null;
            for (JsonNode t : tests.body().path("items")) {
                monthly = t.path("rollCall").asBoolean() ? monthly : t;
            }
            JsonNode score = monthly.path("score");
            assertThat(score.path("audience").asInt()).isEqualTo(total);
            List<String> unaccounted = new ArrayList<>();
            score.path("unaccounted").forEach(p -> unaccounted.add(p.asText()));
            List<String> unreachable = new ArrayList<>();
            monthly.path("unreachable").forEach(p -> unreachable.add(p.asText()));
            score.path("unreachable").forEach(p -> assertThat(unreachable).contains(p.asText()));
            assertThat(unreachable).as("the demo's dependents have no phone; those who answered were reached"
                    + " another way and are no longer unreachable").allMatch(unaccounted::contains);
            assertThat(score.path("needsHelp")).hasSize(1);
            assertThat(score.path("late").asInt()).isPositive();
            assertThat(score.path("verdict").asText()).isNotBlank();
        }

        @Test
        @Order(12)
        void a_signed_sms_reply_answers_the_roll_call_for_a_silent_person() throws Exception {
            Reply tests = call(port, "demo-manager", "GET", "/api/v1/communication-tests", null, null);
            JsonNode rollCallItem = null;
            for (JsonNode t : tests.body().path("items")) {
                rollCallItem = t.path("rollCall").asBoolean() ? t : rollCallItem;
            }
            assertThat(rollCallItem).as("the demo roll-call").isNotNull();
            String rollCallPath = "/api/v1/roll-calls/" + rollCallItem.path("id").asText();
            Reply rollCall = call(port, "demo-officer", "GET", rollCallPath, null, null);
            assertThat(rollCall.body().path("counts").path("NEEDS_HELP").asInt()).isEqualTo(1);
            boolean byPhone = false;
            for (JsonNode p : rollCall.body().path("persons")) {
                assertThat(p.path("reasons").size()).as("every reason, structured").isPositive();
                assertThat(p.path("reasons").get(0).path("kind").asText()).isNotEqualTo("UNKNOWN");
                for (JsonNode a : p.path("answers")) {
                    byPhone |= a.path("onBehalf").path("by").asText().equals("vigil-demo-seed");
                }
            }
            assertThat(byPhone).as("an answer the officer obtained by phone, recorded on the person's behalf").isTrue();
            assertThat(rollCall.body().path("abroad").isArray()).isTrue();
            HttpResponse<String> places = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + rollCallPath + "/places.geojson")).header("Authorization", "Bearer demo-officer").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(places.statusCode()).as(places.body()).isEqualTo(200);
            assertThat(places.headers().firstValue("Content-Type").orElse("")).startsWith("application/geo+json");
            assertThat(JSON.readTree(places.body()).path("features").size()).as("the homes of those asked, at least")
                    .isGreaterThanOrEqualTo(rollCall.body().path("persons").size());
            String silent = null;
            String unreachable = rollCallItem.path("unreachable").toString();
            for (JsonNode p : rollCall.body().path("persons")) {
                boolean awaiting = p.path("state").asText().equals("AWAITING");
                silent = awaiting && !unreachable.contains(p.path("person").asText()) ? p.path("person").asText()
                        : silent;
            }
            assertThat(silent).as("someone has not answered yet").isNotNull();
            JsonNode silentPerson = call(port, "demo-officer", "GET", "/api/v1/persons/" + silent, null, null).body();
            String phone = silentPerson.path("contacts").get(0).path("value").asText();
            String said = switch (silentPerson.path("language").asText("")) {
                case "es" -> "Sí";
                case "fr" -> "Oui";
                default -> "safe";
            };
            String reply = "{\"from\":\"" + phone + "\",\"text\":\"" + said + "\"}";
            String timestamp = Long.toString(Instant.now().getEpochSecond());
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(AppConfig.DEMO_SMS_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + ".MX-MEX." + reply)
                    .getBytes(StandardCharsets.UTF_8)));
            HttpResponse<String> sms = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/v1/inbound/sms/MX-MEX")).header("Content-Type", "application/json")
                    .header("X-Vigil-Timestamp", timestamp).header("X-Vigil-Signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(reply)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(sms.statusCode()).as(sms.body()).isEqualTo(200);
            assertThat(JSON.readTree(sms.body()).path("person").asText()).isEqualTo(silent);
            assertThat(JSON.readTree(sms.body()).path("answer").asText()).as("'" + said + "' is safe")
                    .isEqualTo("SAFE");
            Reply templates = call(port, "demo-officer", "GET", "/api/v1/alerting/message-templates/ROLL_CALL_REQUEST/es",
                    null, null);
            assertThat(templates.body().path("text").asText()).startsWith("Vigil, pase de lista: {title}.");
            java.util.Set<String> languages = new java.util.HashSet<>();
            call(port, "demo-officer", "GET", "/api/v1/persons?limit=500", null, null).body().path("items")
                    .forEach(p -> languages.add(p.path("language").asText("none")));
            assertThat(languages).as("demo persons who prefer Spanish, French, and none").contains("es", "fr", "none");

            Reply view = call(port, "demo-officer", "GET", rollCallPath + "/view?state=SAFE&limit=500", null, null);
            assertThat(view.status()).isEqualTo(200);
            JsonNode answered = null;
            for (JsonNode line : view.body().path("persons").path("items")) {
                answered = line.path("person").asText().equals(silent) ? line : answered;
            }
            assertThat(answered).as("the SMS answer shows in the officer's view").isNotNull();
            assertThat(answered.path("phones").get(0).asText()).isEqualTo(phone);
            assertThat(answered.path("category").asText()).isNotBlank();
            assertThat(view.body().path("byZone").size()).isPositive();
            Reply managers = call(port, "demo-manager", "GET", rollCallPath + "/view?limit=500", null, null);
            managers.body().path("persons").path("items").forEach(line -> assertThat(line.path("phones").isNull())
                    .as("a manager sees no phones").isTrue());
            Reply headcount = call(port, "demo-manager", "GET", "/api/v1/headcount", null, null);
            assertThat(headcount.body().path("inCountry").path("total").asInt()).isPositive();
        }

        @Test
        @Order(13)
        void the_telephone_tree_and_its_drill_that_missed_its_target() throws Exception {
            Reply trees = call(port, "demo-staff", "GET", "/api/v1/phone-trees", null, null);
            JsonNode tree = trees.body().path("items").get(0);
            assertThat(tree.path("members").size()).isGreaterThan(5);
            Reply drill = call(port, "demo-manager", "GET", "/api/v1/phone-trees/" + tree.path("id").asText()
                    + "/drills/" + tree.path("drills").get(0).path("id").asText(), null, null);
            assertThat(drill.body().path("calls").size()).isGreaterThanOrEqualTo(3);
            assertThat(drill.body().path("unreached").size()).isPositive();
            assertThat(drill.body().path("verdict").asText()).startsWith("target missed");
        }

        @Test
        @Order(14)
        void a_csv_roster_imports_the_good_rows_and_names_the_bad_line() throws Exception {
            Reply imported = call(port, "demo-officer", "POST", "/api/v1/persons/import", "text/csv",
                    "given_name,family_name,category,org_unit,email,phone,sponsor_email,special_needs,blood_type\n"
                            + "Rosa,Quintero,NATIONAL_STAFF,IBRD,rosa.quintero@ibrd.example.org,+52 55 1111 2222,,,\n"
                            + "Bad,Row,ASTRONAUT,IBRD,,,,,\n");
            assertThat(imported.status()).isEqualTo(200);
            assertThat(imported.body().path("importedCount").asInt()).isEqualTo(1);
            assertThat(imported.body().path("refused").get(0).path("line").asLong()).isEqualTo(3);
        }

        @Test
        @Order(15)
        void a_restart_keeps_everything_and_seeds_nothing_twice() throws Exception {
            app.close();
            app = null;
            app = ReferenceApp.start(config);
            Reply persons = call(app.port(), "demo-officer", "GET", "/api/v1/persons?limit=1", null, null);
            assertThat(persons.body().path("total").asLong()).as("kept across restarts, not seeded twice (and the"
                    + " person the CSV import step added)").isEqualTo(total + 1);
            assertThat(call(app.port(), "demo-officer", "GET", "/api/v1/assessments", null, null).body()
                    .path("total").asLong()).isEqualTo(3);
            for (String path : List.of("/api/v1/assessments", "/api/v1/guard/contracts", "/api/v1/liaison/series",
                    "/api/v1/phone-trees")) {
                assertThat(call(app.port(), "demo-officer-bgf", "GET", path, null, null).body().path("total")
                        .asLong()).as("Bangui " + path + ", not seeded twice").isEqualTo(1);
            }
        }

        @Test
        @Order(16)
        void the_awareness_catalogue_compliance_and_arrival_briefings() throws Exception {
            int port = app.port();
            Reply courses = call(port, "demo-staff", "GET", "/api/v1/awareness/courses", null, null);
            assertThat(courses.status()).isEqualTo(200);
            List<String> codes = new ArrayList<>();
            courses.body().path("items").forEach(c -> codes.add(c.path("code").asText()));
            assertThat(codes).containsExactly("BSAFE", "SSAFE");
            String inPuebla = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS).toString();
            Reply report = call(port, "demo-officer", "GET", "/api/v1/awareness/compliance?at=" + inPuebla, null,
                    null);
            assertThat(report.status()).as(report.body().toString()).isEqualTo(200);
            JsonNode bsafe = report.body().path("courses").get(0);
            assertThat(bsafe.path("code").asText()).isEqualTo("BSAFE");
            assertThat(bsafe.path("gaps").size()).isPositive();
            bsafe.path("gaps").forEach(g -> assertThat(g.path("status").path("state").asText()).isEqualTo("MISSING"));
            JsonNode ssafe = report.body().path("courses").get(1);
            List<String> states = new ArrayList<>();
            ssafe.path("gaps").forEach(g -> {
                assertThat(g.path("areas").get(0).asText()).isEqualTo("Puebla solar sites");
                states.add(g.path("status").path("state").asText());
            });
            assertThat(states).contains("MISSING", "EXPIRING");
            Reply arrivals = call(port, "demo-associate", "GET", "/api/v1/awareness/arrival-briefings", null, null);
            assertThat(arrivals.body().path("items").size()).isPositive();
            String someone = bsafe.path("gaps").get(0).path("person").asText();
            assertThat(call(port, "demo-officer", "GET", "/api/v1/awareness/persons/" + someone, null, null).status())
                    .isEqualTo(200);
            assertThat(call(port, "demo-manager", "GET", "/api/v1/awareness/persons/" + someone, null, null).status())
                    .as("the demo manager names no person, so manages no unit").isEqualTo(403);
        }

        @Test
        @Order(17)
        void the_travel_clearances_pending_approved_denied_in_tierra_caliente_and_revoked() throws Exception {
            int port = app.port();
            Reply all = call(port, "demo-officer", "GET", "/api/v1/travel/clearances", null, null);
            assertThat(all.status()).as(all.body().toString()).isEqualTo(200);
            Map<String, JsonNode> byStatus = new HashMap<>();
            all.body().path("items").forEach(c -> byStatus.put(c.path("status").asText(), c));
            assertThat(byStatus).containsOnlyKeys("AUTO_APPROVED", "PENDING", "DENIED", "REVOKED");
            assertThat(byStatus.get("DENIED").path("decision").path("checks").get(1).path("reasons").toString())
                    .contains("Tierra Caliente").contains("forbidden");
            assertThat(byStatus.get("REVOKED").path("decisions").size()).isEqualTo(2);
            assertThat(byStatus.get("PENDING").path("decision").path("level").asText())
                    .isEqualTo("COUNTRY_REPRESENTATIVE");
            Reply own = call(port, "demo-staff", "GET", "/api/v1/travel/clearances", null, null);
            assertThat(own.status()).isEqualTo(200);
            assertThat(own.body().path("total").asLong()).as("at most her trip and the visit she is a member of")
                    .isLessThanOrEqualTo(2);
            assertThat(call(port, "demo-manager", "GET", "/api/v1/travel/clearances", null, null).status())
                    .isEqualTo(403);
            Reply compliance = call(port, "demo-officer", "GET", "/api/v1/awareness/compliance", null, null);
            assertThat(compliance.link()).contains("/api/v1/travel/reports/training");
            Reply training = call(port, "demo-officer", "GET", "/api/v1/travel/reports/training", null, null);
            assertThat(training.status()).isEqualTo(200);
        }

        @Test
        @Order(18)
        void the_overdue_movement_and_the_vehicle_out_of_inspection() throws Exception {
            int port = app.port();
            Reply movements = call(port, "demo-officer", "GET", "/api/v1/movement/movements", null, null);
            assertThat(movements.status()).as(movements.body().toString()).isEqualTo(200);
            JsonNode listed = movements.body().path("items").get(0);
            assertThat(listed.path("title").asText()).isEqualTo("Field visit to the Toluca water project");
            assertThat(call(port, "demo-staff", "GET", "/api/v1/movement/movements", null, null).status())
                    .as("staff list nothing: they read the movements they travel on").isEqualTo(403);
            Reply hers = call(port, "demo-staff", "GET", "/api/v1/movement/movements/" + listed.path("id").asText(),
                    null, null);
            assertThat(hers.status()).as("Lucía travels on it").isEqualTo(200);
            JsonNode toluca = hers.body();
            assertThat(toluca.path("status").asText()).isEqualTo("OVERDUE");
            assertThat(toluca.path("callIns").size()).isEqualTo(1);
            assertThat(call(port, "demo-manager", "GET", "/api/v1/movement/movements", null, null).status())
                    .as("movements are not a manager's need-to-know").isEqualTo(403);
            Reply numbers = call(port, "demo-manager", "GET", "/api/v1/movement/deployment", null, null);
            assertThat(numbers.status()).as(numbers.body().toString()).isEqualTo(200);
            assertThat(numbers.body().path("named").asBoolean()).as("a manager reads counts").isFalse();
            int present = 0;
            int travelling = 0;
            for (JsonNode area : numbers.body().path("areas")) {
                present += area.path("present").asInt();
                travelling += area.path("travelling").asInt();
                assertThat(area.path("presentPersons").size() + area.path("travellingPersons").size()).isZero();
            }
            assertThat(present).as("residents of the demo zones").isPositive();
            assertThat(travelling).as("the Toluca movement leaves from the city").isPositive();
            Reply named = call(port, "demo-officer", "GET", "/api/v1/movement/deployment", null, null);
            assertThat(named.body().path("named").asBoolean()).isTrue();
            assertThat(named.body().toString()).contains("Field visit to the Toluca water project");
            Reply vehicles = call(port, "demo-associate", "GET", "/api/v1/movement/vehicles", null, null);
            List<String> unfit = new ArrayList<>();
            vehicles.body().path("items").forEach(v -> {
                if (v.path("problemsToday").size() > 0) {
                    unfit.add(v.path("plate").asText());
                }
            });
            assertThat(unfit).containsExactly("MEX-403-C");
            assertThat(call(port, "demo-associate", "GET", "/api/v1/movement/drivers", null, null).body()
                    .path("total").asInt()).isEqualTo(1);
            JsonNode medevac = call(port, "demo-staff", "GET", "/api/v1/movement/medevac-plans", null, null).body()
                    .path("items").get(0);
            assertThat(medevac.path("dutyStation").asText()).isEqualTo("Mexico City");
            assertThat(medevac.path("reviewOverdue").asBoolean()).isTrue();
        }

        @Test
        @Order(18)
        void the_executive_directors_visit_its_missing_assembly_point_and_its_late_support_request() throws Exception {
            int port = app.port();
            Reply visits = call(port, "demo-officer", "GET", "/api/v1/movement/visits", null, null);
            assertThat(visits.status()).as(visits.body().toString()).isEqualTo(200);
            JsonNode visit = visits.body().path("items").get(0);
            assertThat(visit.path("title").asText()).isEqualTo(DemoVisits.TITLE);
            assertThat(visit.path("programme")).hasSize(3);
            assertThat(visit.path("advanceAssessment").path("missing").get(0).asText()).isEqualTo("the assembly point");
            assertThat(visit.path("supportRequests").findValuesAsText("status")).containsExactly("CONFIRMED",
                    "REQUESTED");
            assertThat(visit.path("clearances")).as("one clearance request per member").hasSize(2);
            String id = visit.path("id").asText();
            Reply readiness = call(port, "demo-officer", "GET", "/api/v1/movement/visits/" + id + "/readiness", null,
                    null);
            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness.body().path("ready").asBoolean()).isFalse();
            List<String> blockers = new ArrayList<>();
            readiness.body().path("blockers").forEach(b -> blockers.add(b.path("kind").asText() + ": "
                    + b.path("reason").asText()));
            assertThat(blockers).contains("ADVANCE_ASSESSMENT: the advance site assessment lacks the assembly point");
            assertThat(blockers).anyMatch(b -> b.startsWith("SUPPORT: the request to private security"));
            assertThat(readiness.body().path("notes").get(0).asText()).endsWith(": late");
            assertThat(call(port, "demo-staff", "GET", "/api/v1/movement/visits/" + id, null, null).status())
                    .as("a member reads the visit they are on").isEqualTo(200);
            assertThat(call(port, "demo-manager", "GET", "/api/v1/movement/visits/" + id, null, null).status())
                    .as("a manager sees no programme").isEqualTo(403);
            Reply summaries = call(port, "demo-manager", "GET", "/api/v1/movement/visit-summaries", null, null);
            assertThat(summaries.status()).isEqualTo(200);
            JsonNode summary = summaries.body().path("items").get(0);
            assertThat(summary.path("ready").asBoolean()).isFalse();
            assertThat(summary.path("members").asInt()).isEqualTo(2);
            assertThat(summary.has("programme")).as("no places or times for a manager").isFalse();
        }

        @Test
        @Order(19)
        void the_incidents_an_open_enquiry_and_a_late_written_report() throws Exception {
            int port = app.port();
            Reply reports = call(port, "demo-manager", "GET", "/api/v1/incidents/reports", null, null);
            assertThat(reports.status()).isEqualTo(200);
            List<String> subtypes = new ArrayList<>();
            reports.body().path("items").forEach(r -> subtypes.add(r.path("subtype").asText()));
            assertThat(subtypes).containsExactly("armed-robbery", "road-traffic-crash");
            assertThat(reports.body().path("items").get(0).path("persons").get(0).path("name").asText())
                    .as("the COM reads no names").isEqualTo("(withheld)");
            Reply late = call(port, "demo-manager", "GET", "/api/v1/incidents/late-reports", null, null);
            assertThat(late.body().path("items")).hasSize(1);
            assertThat(late.body().path("items").get(0).path("subtype").asText()).isEqualTo("road-traffic-crash");
            Reply enquiries = call(port, "demo-associate", "GET", "/api/v1/incidents/enquiries", null, null);
            assertThat(enquiries.body().path("items")).hasSize(1);
            String enquiry = enquiries.body().path("items").get(0).path("id").asText();
            assertThat(enquiries.body().path("items").get(0).path("status").asText()).isEqualTo("OPEN");
            assertThat(call(port, "demo-manager", "GET", "/api/v1/incidents/enquiries/" + enquiry, null, null)
                    .status()).as("need-to-know").isEqualTo(403);
            Reply export = call(port, "demo-officer", "GET", "/api/v1/incidents/export?from="
                    + Instant.now().minus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS) + "&until="
                    + Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS), null, null);
            assertThat(export.status()).isEqualTo(200);
            assertThat(export.body().path("rows")).hasSize(2);
        }

        @Test
        @Order(20)
        void the_guard_contract_its_roster_inspections_and_the_two_march_invoices() throws Exception {
            int port = app.port();
            Reply contracts = call(port, "demo-officer", "GET", "/api/v1/guard/contracts", null, null);
            assertThat(contracts.status()).isEqualTo(200);
            JsonNode contract = contracts.body().path("items").get(0);
            assertThat(contract.path("reference").asText()).isEqualTo("WBG-MX-2025-014");
            assertThat(contract.path("posts").size()).isEqualTo(4);
            for (String token : List.of("demo-manager", "demo-staff", "demo-vendor", "demo-soc")) {
                assertThat(call(port, token, "GET", "/api/v1/guard/contracts", null, null).status()).as(token)
                        .isEqualTo(403);
            }
            Reply invoices = call(port, "demo-vendor", "GET", "/api/v1/guard/invoices", null, null);
            assertThat(invoices.status()).isEqualTo(200);
            JsonNode matching = null;
            JsonNode over = null;
            for (JsonNode i : invoices.body().path("items")) {
                if (i.path("number").asText().equals("PISA-2026-03-R")) {
                    matching = i;
                } else {
                    over = i;
                }
            }
            assertThat(over.path("status").asText()).isEqualTo("REJECTED");
            assertThat(over.path("decision").path("reasons").toString()).contains("post IBRD-GATE",
                    "2026-03-16 is a public holiday (Natalicio de Benito Juárez)");
            assertThat(matching.path("status").asText()).isEqualTo("SUBMITTED");
            // worked out by hand in DemoGuard's Javadoc: 145,050.00 gross, 380.00 + 2,500.00 deducted
            Reply check = call(port, "demo-officer", "GET", "/api/v1/guard/invoices/" + matching.path("id").asText()
                    + "/check", null, null);
            assertThat(check.body().path("differences").size()).as(check.body().toString()).isZero();
            assertThat(check.body().path("gross").decimalValue()).isEqualByComparingTo("145050.00");
            assertThat(check.body().path("payable").decimalValue()).isEqualByComparingTo("142170.00");
            List<String> violations = new ArrayList<>();
            check.body().path("violations").forEach(v -> violations.add(v.path("key").asText()));
            assertThat(violations).containsExactly("SHIFT_LENGTH:G-01:2026-03-12");
            Reply inspections = call(port, "demo-associate", "GET", "/api/v1/guard/inspections", null, null);
            assertThat(inspections.body().path("total").asLong()).isEqualTo(2);
            assertThat(call(port, "demo-vendor", "GET", "/api/v1/guard/inspections", null, null).status())
                    .isEqualTo(403);
            Reply reviews = call(port, "demo-vendor", "GET", "/api/v1/guard/reviews", null, null);
            assertThat(reviews.status()).as(reviews.body().toString()).isEqualTo(200);
            JsonNode review = reviews.body().path("items").path(0);
            assertThat(review.path("decision").asText()).isEqualTo("UNDECIDED");
            assertThat(review.path("vendorResponse").asText()).startsWith("Guard G-04 has been removed");
            assertThat(review.path("deducted").decimalValue()).as("the second sleeping on post, 10 March")
                    .isEqualByComparingTo("2500.00");
            assertThat(review.path("inspections").size()).isEqualTo(2);
        }

        @Test
        @Order(21)
        void the_crisis_plan_team_overdue_drills_and_continuity_gaps() throws Exception {
            int port = app.port();
            Reply plan = call(port, "demo-staff", "GET", "/api/v1/crisis/plan", null, null);
            assertThat(plan.status()).as(plan.body().toString()).isEqualTo(200);
            assertThat(plan.body().path("inForce").asInt()).isEqualTo(1);
            List<String> scenarios = new ArrayList<>();
            plan.body().path("versions").get(0).path("content").path("scenarios")
                    .forEach(s -> scenarios.add(s.path("name").asText()));
            assertThat(scenarios).containsExactly("Earthquake", "Civil unrest", "Kidnapping");
            assertThat(plan.body().path("dues").get(1).path("overdue").asBoolean()).as("the test").isTrue();
            Reply team = call(port, "demo-staff", "GET", "/api/v1/crisis/team", null, null);
            assertThat(team.body().path("complete").asBoolean()).isTrue();
            assertThat(team.body().path("seats")).hasSize(6);
            Reply overdue = call(port, "demo-manager", "GET", "/api/v1/crisis/overdue", null, null);
            assertThat(overdue.status()).isEqualTo(200);
            JsonNode fire = overdue.body().path("drills").get(0);
            assertThat(fire.path("kind").asText()).isEqualTo("FIRE");
            assertThat(fire.path("overdue").asBoolean()).isTrue();
            assertThat(overdue.body().path("actions")).hasSize(1);
            Reply drills = call(port, "demo-associate", "GET", "/api/v1/crisis/exercises", null, null);
            JsonNode quake = drills.body().path("items").get(0);
            assertThat(quake.path("kind").asText()).isEqualTo("EARTHQUAKE");
            assertThat(quake.path("findings").size()).isEqualTo(3);
            Reply continuity = call(port, "demo-manager", "GET", "/api/v1/crisis/continuity", null, null);
            assertThat(continuity.body().path("gaps")).hasSize(1);
            assertThat(call(port, "demo-staff", "GET", "/api/v1/crisis/continuity", null, null).status())
                    .isEqualTo(403);
        }

        @Test
        @Order(22)
        void the_security_documents_library_and_who_has_not_acknowledged_the_earthquake_sop() throws Exception {
            int port = app.port();
            Reply library = call(port, "demo-staff", "GET", "/api/v1/documents/library?limit=50", null, null);
            assertThat(library.status()).isEqualTo(200);
            List<String> titles = new ArrayList<>();
            library.body().path("items").forEach(d -> titles.add(d.path("title").asText()));
            assertThat(titles).contains(DemoDocuments.EARTHQUAKE, "Restricted and high-risk areas, Mexico")
                    .as("the relocation plan is the security team's").noneMatch(t -> t.startsWith("Relocation"));
            Reply report = call(port, "demo-officer", "GET", "/api/v1/documents/acknowledgements/missing", null,
                    null);
            assertThat(report.status()).isEqualTo(200);
            Map<String, Integer> missing = new HashMap<>();
            report.body().path("procedures").forEach(p -> missing.put(p.path("title").asText(),
                    p.path("missing").size()));
            assertThat(missing).hasSize(4);
            int others = missing.entrySet().stream().filter(e -> !e.getKey().equals(DemoDocuments.EARTHQUAKE))
                    .mapToInt(Map.Entry::getValue).max().orElseThrow();
            assertThat(missing.get(DemoDocuments.EARTHQUAKE)).as("every fourth person, besides whoever was added"
                    + " since (the CSV import step's person)").isGreaterThan(others + 3);
            Reply compliance = call(port, "demo-officer", "GET", "/api/v1/awareness/compliance", null, null);
            assertThat(compliance.status()).isEqualTo(200);
            assertThat(compliance.body().path("acknowledgementsShown").asBoolean()).isTrue();
            JsonNode quake = null;
            for (JsonNode p : compliance.body().path("procedures")) {
                if (p.path("title").asText().equals(DemoDocuments.EARTHQUAKE)) {
                    quake = p;
                }
            }
            assertThat(quake).as("the earthquake SOP in the awareness compliance report").isNotNull();
            assertThat(quake.path("missing").asInt()).as("the persons the documents report lists as missing")
                    .isEqualTo(missing.get(DemoDocuments.EARTHQUAKE));
            int byGroup = 0;
            for (JsonNode g : quake.path("groups")) {
                byGroup += g.path("missing").asInt();
            }
            assertThat(byGroup).as("the counts by unit and category add up").isEqualTo(quake.path("missing").asInt());
            String restricted = null;
            for (JsonNode d : library.body().path("items")) {
                if (d.path("title").asText().equals("Restricted and high-risk areas, Mexico")) {
                    restricted = d.path("id").asText();
                }
            }
            assertThat(call(port, "demo-officer", "GET", "/api/v1/documents/library/" + restricted, null, null)
                    .body().path("versions")).as("the snapshot its dissemination stored").hasSize(1);
            HttpResponse<String> snapshot = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/documents/library/" + restricted + "/versions/1/content"))
                    .header("Authorization", "Bearer demo-staff").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(snapshot.statusCode()).as("the restricted-areas list as disseminated").isEqualTo(200);
            assertThat(snapshot.body()).contains("Tierra Caliente");
            Reply overdue = call(port, "demo-officer", "GET", "/api/v1/documents/reviews/overdue", null, null);
            assertThat(overdue.body().path("items").get(0).path("title").asText()).startsWith("Emergency contact");
            assertThat(call(port, "demo-staff", "GET", "/api/v1/documents/acknowledgements/missing", null, null)
                    .status()).isEqualTo(403);
        }

        @Test
        @Order(23)
        void the_ifc_office_renovation_cannot_be_signed_off_while_a_condition_is_open() throws Exception {
            int port = app.port();
            Reply projects = call(port, "demo-officer", "GET", "/api/v1/risk/premises-projects", null, null);
            assertThat(projects.status()).isEqualTo(200);
            JsonNode renovation = projects.body().path("items").get(0);
            assertThat(renovation.path("kind").asText()).isEqualTo("RENOVATION");
            assertThat(renovation.path("openConditions").asInt()).isEqualTo(1);
            HttpResponse<String> signOff = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/risk/premises-projects/" + renovation.path("id").asText() + "/sign-off"))
                    .POST(HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer demo-officer")
                    .header("If-Match", "\"" + renovation.path("version").asLong() + "\"").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signOff.statusCode()).as(signOff.body()).isEqualTo(409);
            assertThat(signOff.body()).contains("laminated glazing on the Reforma facade")
                    .contains("phase works has no advice yet");
        }

        @Test
        @Order(24)
        void the_quarterly_programme_review_as_json_for_a_manager_without_names_and_as_pdf() throws Exception {
            int port = app.port();
            DemoReview quarter = DemoReview.quarterUpTo(Instant.now());
            Reply review = call(port, "demo-manager", "GET", "/api/v1/review" + quarter.query(), null, null);
            assertThat(review.status()).as(review.body().toString()).isEqualTo(200);
            assertThat(review.body().path("detailed").asBoolean()).isFalse();
            JsonNode incidents = null;
            JsonNode training = null;
            for (JsonNode section : review.body().path("sections")) {
                assertThat(section.path("findings")).as("a manager's review lists no finding").isEmpty();
                if (section.path("key").asText().equals("incidents")) {
                    incidents = section.path("figures").get(0);
                }
                if (section.path("key").asText().equals("training")) {
                    training = section.path("figures").get(1);
                }
            }
            assertThat(incidents).isNotNull();
            assertThat(training).isNotNull();
            assertThat(training.path("key").asText()).isEqualTo("trainingGaps");
            assertThat(training.path("value").asInt()).as("the demo's training gaps, one record id each")
                    .isGreaterThanOrEqualTo(1).isEqualTo(training.path("records").size());
            assertThat(incidents.path("value").asInt()).as("the demo's incidents of the last days")
                    .isGreaterThanOrEqualTo(2).isEqualTo(incidents.path("records").size());
            assertThat(review.body().toString()).doesNotContain(DemoOffice.STAFF_NAME, DemoOffice.WARDEN_NAME);
            for (String[] f : new String[][] {{"risk", "assessmentsInForce"}, {"risk", "reviewsOverdue"},
                    {"risk", "risksNeedingApproval"}, {"risk", "measuresImplemented"}, {"risk", "measuresPlanned"},
                    {"risk", "measuresOverdue"}, {"risk", "residencesNonCompliant"}, {"risk", "projectsOpen"},
                    {"risk", "conditionsOpen"}, {"guardForce", "issuesRaised"}, {"guardForce", "issuesReviewed"},
                    {"guardForce", "performanceReviewsHeld"}, {"guardForce", "invoicesSubmitted"},
                    {"guardForce", "invoicesRefused"}, {"communication", "advisories"},
                    {"communication", "advisories.WARNING"}}) {
                JsonNode figure = null;
                for (JsonNode section : review.body().path("sections")) {
                    for (JsonNode candidate : section.path("figures")) {
                        if (section.path("key").asText().equals(f[0]) && candidate.path("key").asText().equals(f[1])) {
                            figure = candidate;
                        }
                    }
                }
                assertThat(figure).as(f[0] + "/" + f[1]).isNotNull();
                assertThat(figure.path("value").asInt()).as("the demo's " + f[0] + "/" + f[1]).isPositive()
                        .isEqualTo(figure.path("records").size());
            }
            assertThat(call(port, "demo-manager", "GET", "/api/v1/review" + quarter.query(), null, null).body())
                    .as("the same three instants give the same review").isEqualTo(review.body());
            HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/review.pdf" + quarter.query())).header("Authorization", "Bearer demo-officer").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            try (PDDocument doc = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(doc)).contains("Programme review: " + DemoOffice.OFFICE.value(),
                        "Incidents by month", "Crisis plan and drills", "Training compliance");
            }
            assertThat(call(port, "demo-staff", "GET", "/api/v1/review" + quarter.query(), null, null).status())
                    .isEqualTo(403);
        }

        @Test
        @Order(25)
        void the_relocation_arrangements_and_a_declared_drill_list_against_the_seats() throws Exception {
            int port = app.port();
            Reply plan = call(port, "demo-staff", "GET", "/api/v1/crisis/relocation-plan", null, null);
            assertThat(plan.status()).as(plan.body().toString()).isEqualTo(200);
            JsonNode south = plan.body().path("areas").get(0);
            assertThat(south.path("code").asText()).isEqualTo("CDMX-SUR");
            assertThat(south.path("assemblyPoints")).hasSize(2);
            assertThat(south.path("safeHavens")).hasSize(1);
            assertThat(south.path("routes")).extracting(r -> r.path("kind").asText())
                    .containsExactly("PRIMARY", "ALTERNATE");
            assertThat(south.path("transport")).extracting(t -> t.path("seats").asInt()).containsExactly(12, 12, 40);
            assertThat(plan.body().path("priority").get(0).asText()).isEqualTo("DEPENDENT");
            Reply declared = call(port, "demo-soc", "POST", "/api/v1/crisis/relocations", "application/json",
                    "{\"kind\":\"RELOCATION\",\"area\":\"CDMX-SUR\",\"haven\":\"Safe haven Polanco\"}");
            assertThat(declared.status()).as(declared.body().toString()).isEqualTo(201);
            JsonNode counts = declared.body().path("counts");
            assertThat(counts.path("seats").asInt()).isEqualTo(64);
            assertThat(counts.path("persons").asInt()).as("the locator finds the demo residents of the south")
                    .isPositive();
            assertThat(counts.path("seated").asInt() + counts.path("shortfallPersons").asInt())
                    .isEqualTo(counts.path("persons").asInt());
            String id = declared.body().path("id").asText();
            Reply figures = call(port, "demo-manager", "GET", "/api/v1/crisis/relocations/" + id + "/counts", null,
                    null);
            assertThat(figures.status()).isEqualTo(200);
            assertThat(figures.body().path("counts").path("persons").asInt()).isEqualTo(counts.path("persons").asInt());
            assertThat(call(port, "demo-manager", "GET", "/api/v1/crisis/relocations/" + id, null, null).status())
                    .isEqualTo(403);

        }

        @Test
        @Order(26)
        void the_liaison_contacts_the_security_cell_with_carried_over_actions_and_the_advice_decided() throws Exception {
            int port = app.port();
            Reply officers = call(port, "demo-officer", "GET", "/api/v1/liaison/contacts?limit=50", null, null);
            assertThat(officers.status()).isEqualTo(200);
            assertThat(officers.body().path("total").asInt()).isEqualTo(4);
            Reply managers = call(port, "demo-manager", "GET", "/api/v1/liaison/contacts?limit=50", null, null);
            assertThat(managers.status()).isEqualTo(200);
            List<String> names = new ArrayList<>();
            managers.body().path("items").forEach(c -> names.add(c.path("name").asText()));
            assertThat(names).as("the confidential contact is the security roles' alone").hasSize(3)
                    .doesNotContain(DemoLiaison.NETWORK_CONTACT);
            assertThat(call(port, "demo-staff", "GET", "/api/v1/liaison/contacts", null, null).status())
                    .isEqualTo(403);
            Reply stale = call(port, "demo-officer", "GET", "/api/v1/liaison/stale-contacts", null, null);
            assertThat(stale.body().path("items")).hasSize(1);
            assertThat(stale.body().path("items").get(0).path("contact").path("name").asText())
                    .isEqualTo(DemoLiaison.NETWORK_CONTACT);
            Reply meetings = call(port, "demo-officer", "GET", "/api/v1/liaison/meetings", null, null);
            String latest = meetings.body().path("items").get(0).path("id").asText();
            Reply agenda = call(port, "demo-officer", "GET", "/api/v1/liaison/meetings/" + latest + "/agenda", null,
                    null);
            assertThat(agenda.status()).isEqualTo(200);
            List<String> carried = new ArrayList<>();
            agenda.body().path("carriedOver").forEach(a -> carried.add(a.path("title").asText()));
            assertThat(carried).as("the first meeting's open items, in its order; the drill booked is done")
                    .containsExactly("Update the warden list of zone Norte",
                            "Confirm the assembly points with building management");
            assertThat(agenda.body().path("raised")).hasSize(1);
            Reply mine = call(port, "demo-staff", "GET", "/api/v1/liaison/my-actions", null, null);
            assertThat(mine.status()).isEqualTo(200);
            assertThat(mine.body().path("items")).hasSize(1);
            Reply overdue = call(port, "demo-officer", "GET", "/api/v1/liaison/overdue-actions", null, null);
            assertThat(overdue.body().path("items").get(0).path("title").asText())
                    .isEqualTo("Update the warden list of zone Norte");
            Reply advice = call(port, "demo-manager", "GET", "/api/v1/liaison/advice", null, null);
            assertThat(advice.status()).isEqualTo(200);
            Set<String> outcomes = new HashSet<>();
            advice.body().path("items").forEach(a -> outcomes.add(a.path("decision").path("outcome").asText()));
            assertThat(outcomes).containsExactlyInAnyOrder("ACCEPTED", "PARTLY_ACCEPTED");
            Reply activity = call(port, "demo-manager", "GET", "/api/v1/liaison/activity?from=2000-01-01T00:00:00Z"
                    + "&to=2100-01-01T00:00:00Z", null, null);
            assertThat(activity.status()).as(activity.body().toString()).isEqualTo(400);
            Instant now = Instant.now();
            Reply quarter = call(port, "demo-manager", "GET", "/api/v1/liaison/activity?from="
                    + now.minus(Duration.ofDays(90)) + "&to=" + now, null, null);
            assertThat(quarter.status()).isEqualTo(200);
            assertThat(quarter.body().path("meetings").path("count").asInt()).isEqualTo(2);
            assertThat(quarter.body().path("staleContacts").path("count").asInt()).isEqualTo(1);
            assertThat(quarter.body().path("adviceGiven").path("count").asInt()).isEqualTo(2);
        }

        @Test
        @Order(40)
        void the_bangui_office_has_its_profile_and_data_for_its_tokens_and_the_soc_reads_both_offices()
                throws Exception {
            int port = app.port();
            Reply soc = call(port, "demo-soc", "GET", "/api/v1/offices", null, null);
            assertThat(soc.status()).isEqualTo(200);
            assertThat(soc.body().path("items").toString()).contains("\"id\":\"CF-BGF\"")
                    .contains("\"timeZone\":\"Africa/Bangui\"").contains("\"id\":\"MX-MEX\"")
                    .contains("\"timeZone\":\"America/Mexico_City\"");
            Reply mexico = call(port, "demo-officer", "GET", "/api/v1/offices", null, null);
            assertThat(mexico.body().path("total").asLong()).as("an officer reads their own office only").isEqualTo(1);
            assertThat(call(port, "demo-officer", "GET", "/api/v1/offices/CF-BGF", null, null).status())
                    .isEqualTo(403);
            HttpResponse<String> badZone = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/offices/CF-BGF")).PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"IOM Bangui\","
                    + "\"timeZone\":\"Africa/Bangi\",\"country\":\"XX\"}"))
                    .header("Authorization", "Bearer demo-officer-bgf").header("Content-Type", "application/json")
                    .header("If-Match", "\"1\"").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(badZone.statusCode()).as(badZone.body()).isEqualTo(400);
            assertThat(badZone.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(badZone.body()).contains("timeZone").contains("Africa/Bangi").contains("country");
            assertThat(call(port, "demo-officer-bgf", "GET", "/api/v1/offices/CF-BGF", null, null).body()
                    .path("version").asLong()).as("a refused write leaves the profile as it was").isEqualTo(1);

            Reply bangui = call(port, "demo-officer-bgf", "GET", "/api/v1/persons?limit=100", null, null);
            assertThat(bangui.status()).isEqualTo(200);
            assertThat(bangui.body().path("total").asLong()).isBetween(25L, 40L);
            assertThat(categories(bangui.body())).contains("NATIONAL_STAFF", "INTERNATIONAL_STAFF", "CONSULTANT",
                    "DEPENDENT", "MISSION_VISITOR");
            for (JsonNode r : call(port, "demo-officer-bgf", "GET", "/api/v1/residences?limit=100", null, null)
                    .body().path("items")) {
                assertThat(r.path("wardenZone").asText()).startsWith("BGF-");
                assertThat(r.path("address").path("city").asText()).isEqualTo("Bangui");
            }
            assertThat(call(port, "demo-officer-bgf", "GET", "/api/v1/movement/settings", null, null).body()
                    .path("timeZone").asText()).as("the zone is the office profile's").isEqualTo("Africa/Bangui");
            assertThat(call(port, "demo-officer-bgf", "GET", "/api/v1/incidents/reports", null, null).body()
                    .path("items").toString()).contains("armed checkpoint near PK5");
            assertThat(call(port, "demo-officer-bgf", "GET", "/api/v1/documents/library?limit=50", null, null).body().path("items")
                    .toString()).contains("Bangui").doesNotContain("Mexico");

            Reply notMexicos = call(port, "demo-officer", "GET", "/api/v1/persons?office=CF-BGF", null, null);
            assertThat(notMexicos.status()).as("a Mexico City token cannot read Bangui").isEqualTo(403);
            assertThat(notMexicos.contentType()).startsWith("application/problem+json");
            for (JsonNode p : call(port, "demo-officer", "GET", "/api/v1/persons?limit=100", null, null).body()
                    .path("items")) {
                assertThat(bangui.body().path("items").toString()).doesNotContain(p.path("id").asText());
            }
            Reply socBangui = call(port, "demo-soc", "GET", "/api/v1/persons?office=CF-BGF&limit=1", null, null);
            assertThat(socBangui.status()).isEqualTo(200);
            assertThat(socBangui.body().path("total").asLong()).isEqualTo(bangui.body().path("total").asLong());
            assertThat(call(port, "demo-soc", "GET", "/api/v1/persons?limit=1", null, null).body().path("total")
                    .asLong()).isEqualTo(call(port, "demo-officer", "GET", "/api/v1/persons?limit=1", null, null)
                    .body().path("total").asLong());
            assertThat(call(port, "demo-soc", "GET", "/api/v1/incidents/reports?office=CF-BGF", null, null).body()
                    .path("items").toString()).contains("armed checkpoint near PK5");
        }
        @Test
        @Order(40)
        void the_soc_overview_shows_both_demo_offices_as_each_office_counts_itself() throws Exception {
            int port = app.port();
            String at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
            Reply overview = call(port, "demo-soc", "GET", "/api/v1/soc/overview?at=" + at, null, null);
            assertThat(overview.status()).as(overview.body().toString()).isEqualTo(200);
            JsonNode rows = overview.body().path("offices");
            assertThat(rows).extracting(r -> r.path("office").asText()).containsExactly("CF-BGF", "MX-MEX");
            for (JsonNode row : rows) {
                String manager = row.path("office").asText().equals("MX-MEX") ? "demo-manager" : "demo-manager-bgf";
                JsonNode own = call(port, manager, "GET", "/api/v1/headcount?at=" + at, null, null).body();
                JsonNode counted = row.path("headcount");
                assertThat(counted.path("inCountry").asInt()).as(row.toString())
                        .isEqualTo(own.path("inCountry").path("total").asInt());
                assertThat(counted.path("abroad").asInt()).isEqualTo(own.path("abroad").path("total").asInt());
                assertThat(counted.path("noStayRecorded").asInt())
                        .isEqualTo(own.path("noStayRecorded").path("total").asInt());
                assertThat(counted.path("total").asInt()).as(row.toString()).isPositive();
            }
            assertThat(overview.body().toString()).doesNotContain("Lucía").doesNotContain("Grâce");
            Reply manager = call(port, "demo-manager", "GET", "/api/v1/soc/overview", null, null);
            assertThat(manager.body().path("offices")).extracting(r -> r.path("office").asText())
                    .containsExactly("MX-MEX");
            for (String refused : List.of("demo-staff", "demo-vendor", "demo-warden")) {
                assertThat(call(port, refused, "GET", "/api/v1/soc/overview", null, null).status()).as(refused)
                        .isEqualTo(403);
            }
        }

        @Test
        @Order(41)
        void the_bangui_office_holds_every_context_seeded_once_for_its_own_tokens_and_the_soc() throws Exception {
            int port = app.port();
            // risk: one approved SRA (after the restart step: not seeded twice), at a higher residual risk
            Reply sras = call(port, "demo-officer-bgf", "GET", "/api/v1/assessments", null, null);
            assertThat(sras.status()).isEqualTo(200);
            assertThat(sras.body().path("total").asLong()).isEqualTo(1);
            JsonNode sra = sras.body().path("items").get(0);
            assertThat(sra.path("title").asText()).isEqualTo(DemoBanguiRisk.SRA);
            assertThat(sra.path("status").asText()).isEqualTo("APPROVED");
            assertThat(sra.path("acceptability").toString()).as(sra.toString()).contains("PROCEED_WITH_APPROVAL")
                    .contains("EXECUTIVE_HEAD").contains("VERY_HIGH");
            Reply areas = call(port, "demo-associate-bgf", "GET", "/api/v1/restricted-areas", null, null);
            assertThat(areas.status()).as(areas.body().toString()).isEqualTo(200);
            Map<String, String> rules = new HashMap<>();
            areas.body().path("items").forEach(a -> rules.put(a.path("name").asText(), a.path("rules").toString()));
            assertThat(rules).containsOnlyKeys(DemoBanguiRisk.PK5, DemoBanguiRisk.ROADS_OUT);
            assertThat(rules.get(DemoBanguiRisk.PK5)).contains("ESCORT_NEEDED").contains("DAYLIGHT_ONLY");
            assertThat(rules.get(DemoBanguiRisk.ROADS_OUT)).contains("CLEARANCE_NEEDED");
            Reply atPk5 = call(port, "demo-associate-bgf", "POST", "/api/v1/restricted-areas/applicable",
                    "application/json", "{\"route\":[{\"latitude\":4.378,\"longitude\":18.548}],\"at\":\""
                            + Instant.now() + "\"}");
            assertThat(atPk5.body().path("items")).hasSize(1);
            assertThat(atPk5.body().path("items").get(0).path("name").asText()).isEqualTo(DemoBanguiRisk.PK5);

            // guard force: the Central African Republic's standards, the contract, the roster's one violation
            Reply standards = call(port, "demo-officer-bgf", "GET", "/api/v1/guard/standards", null, null);
            assertThat(standards.status()).as(standards.body().toString()).isEqualTo(200);
            assertThat(standards.body().path("total").asLong()).isEqualTo(1);
            JsonNode cf = standards.body().path("items").get(0);
            assertThat(cf.path("country").asText()).isEqualTo("CF");
            assertThat(cf.path("maxWeeklyHours").decimalValue()).isEqualByComparingTo("40");
            assertThat(cf.path("minWeeklyRestHours").decimalValue()).isEqualByComparingTo("24");
            Reply contracts = call(port, "demo-officer-bgf", "GET", "/api/v1/guard/contracts", null, null);
            assertThat(contracts.body().path("total").asLong()).isEqualTo(1);
            JsonNode contract = contracts.body().path("items").get(0);
            assertThat(contract.path("reference").asText()).isEqualTo(DemoBanguiGuard.REFERENCE);
            assertThat(contract.path("country").asText()).isEqualTo("CF");
            assertThat(contract.path("posts")).extracting(q -> q.path("code").asText())
                    .containsExactly("BGF-PORTAIL", "BGF-NUIT");
            Reply rosters = call(port, "demo-vendor-bgf", "GET", "/api/v1/guard/rosters", null, null);
            assertThat(rosters.status()).as(rosters.body().toString()).isEqualTo(200);
            assertThat(rosters.body().path("total").asLong()).isEqualTo(1);
            Reply violations = call(port, "demo-officer-bgf", "GET", "/api/v1/guard/rosters/"
                    + rosters.body().path("items").get(0).path("id").asText() + "/violations", null, null);
            assertThat(violations.status()).isEqualTo(200);
            // worked out by hand in DemoBanguiGuard's Javadoc: G-01 stood in on Saturday 14 March, 48 h
            assertThat(violations.body().path("items")).as(violations.body().toString()).hasSize(1);
            JsonNode weekly = violations.body().path("items").get(0);
            assertThat(weekly.path("rule").asText()).isEqualTo("WEEKLY_HOURS");
            assertThat(weekly.path("who").asText()).isEqualTo("G-01");
            assertThat(weekly.path("from").asText()).isEqualTo("2026-03-09");
            assertThat(weekly.path("values").asText()).contains("48").contains("40");
            assertThat(call(port, "demo-officer", "GET", "/api/v1/guard/contracts", null, null).body().path("items")
                    .toString()).doesNotContain(DemoBanguiGuard.REFERENCE);

            // crisis: the plan and the relocation to the safe haven
            Reply plan = call(port, "demo-staff-bgf", "GET", "/api/v1/crisis/plan", null, null);
            assertThat(plan.status()).as(plan.body().toString()).isEqualTo(200);
            assertThat(plan.body().toString()).contains("Affrontements armés en ville").contains(DemoBanguiCrisis.HAVEN);
            Reply relocation = call(port, "demo-staff-bgf", "GET", "/api/v1/crisis/relocation-plan", null, null);
            assertThat(relocation.status()).isEqualTo(200);
            JsonNode city = relocation.body().path("areas").get(0);
            assertThat(relocation.body().path("areas")).hasSize(1);
            assertThat(city.path("code").asText()).isEqualTo(DemoBanguiCrisis.AREA);
            assertThat(city.path("safeHavens").get(0).path("name").asText()).isEqualTo(DemoBanguiCrisis.HAVEN);
            assertThat(city.path("routes")).extracting(r -> r.path("kind").asText())
                    .containsExactly("PRIMARY", "ALTERNATE");
            assertThat(city.path("transport")).extracting(t -> t.path("seats").asInt()).containsExactly(7, 7, 25);

            // awareness and travel: the courses, briefings and the two clearances into restricted areas
            Reply courses = call(port, "demo-officer-bgf", "GET", "/api/v1/awareness/courses", null, null);
            assertThat(courses.body().path("items")).extracting(c -> c.path("code").asText())
                    .containsExactlyInAnyOrder("BSAFE", "SSAFE");
            assertThat(call(port, "demo-officer-bgf", "GET", "/api/v1/awareness/briefings", null, null).body()
                    .path("total").asLong()).isEqualTo(3);
            Reply clearances = call(port, "demo-officer-bgf", "GET", "/api/v1/travel/clearances", null, null);
            assertThat(clearances.status()).as(clearances.body().toString()).isEqualTo(200);
            Map<String, JsonNode> byPurpose = new HashMap<>();
            clearances.body().path("items").forEach(c -> byPurpose.put(c.path("trip").path("purpose").asText(), c));
            assertThat(byPurpose).containsOnlyKeys(DemoBanguiTravel.PK12_CONVOY, DemoBanguiTravel.PK5_DISTRIBUTION);
            JsonNode convoy = byPurpose.get(DemoBanguiTravel.PK12_CONVOY);
            assertThat(convoy.path("status").asText()).as(convoy.toString()).isEqualTo("APPROVED");
            assertThat(convoy.path("decision").path("checks").get(1).path("reasons").toString())
                    .contains(DemoBanguiRisk.ROADS_OUT);
            JsonNode market = byPurpose.get(DemoBanguiTravel.PK5_DISTRIBUTION);
            assertThat(market.path("status").asText()).as(market.toString()).isEqualTo("DENIED");
            assertThat(market.path("decision").path("checks").get(2).path("outcome").asText()).isEqualTo("DENIED");
            assertThat(market.path("decision").path("checks").get(2).path("reasons").toString()).contains("VERY_HIGH");

            // alerting: French by default, the rota, the advisory in French, the test with its answers, the tree
            assertThat(call(port, "demo-officer-bgf", "GET", "/api/v1/alerting/message-templates", null, null).body()
                    .path("defaultLanguage").asText()).isEqualToIgnoringCase("fr");
            assertThat(call(port, "demo-staff-bgf", "GET", "/api/v1/on-call/now", null, null).body().path("items"))
                    .hasSize(1);
            Reply advisories = call(port, "demo-staff-bgf", "GET", "/api/v1/advisories/active", null, null);
            assertThat(advisories.body().path("items")).hasSize(1);
            assertThat(advisories.body().path("items").get(0).path("title").asText())
                    .isEqualTo(DemoBanguiAlerting.ADVISORY);
            assertThat(advisories.body().path("items").get(0).path("message").asText()).contains("sans escorte");
            Reply tests = call(port, "demo-manager-bgf", "GET", "/api/v1/communication-tests", null, null);
            assertThat(tests.body().path("total").asLong()).isEqualTo(1);
            JsonNode score = tests.body().path("items").get(0).path("score");
            assertThat(score.path("needsHelp")).as(score.toString()).hasSize(1);
            assertThat(score.path("audience").asInt()).isEqualTo(bangui("demo-officer-bgf"));
            assertThat(score.path("unaccounted").size()).as("the dependents without a phone and every seventh")
                    .isPositive().isLessThan(score.path("audience").asInt());
            Reply trees = call(port, "demo-officer-bgf", "GET", "/api/v1/phone-trees", null, null);
            assertThat(trees.body().path("total").asLong()).isEqualTo(1);

            // liaison: UNDSS, MINUSCA, gendarmerie and police; the security cell; the advice decided
            Reply contacts = call(port, "demo-officer-bgf", "GET", "/api/v1/liaison/contacts?limit=50", null, null);
            assertThat(contacts.body().path("total").asLong()).isEqualTo(4);
            assertThat(contacts.body().toString()).contains(DemoBanguiLiaison.UNDSS_CONTACT);
            Reply organisations = call(port, "demo-officer-bgf", "GET", "/api/v1/liaison/organisations", null, null);
            assertThat(organisations.body().toString()).contains("UNDSS Bangui").contains("MINUSCA")
                    .contains("Gendarmerie").contains("Police nationale");
            Reply meetings = call(port, "demo-officer-bgf", "GET", "/api/v1/liaison/meetings", null, null);
            assertThat(meetings.body().path("total").asLong()).isEqualTo(1);
            assertThat(call(port, "demo-staff-bgf", "GET", "/api/v1/liaison/my-actions", null, null).body()
                    .path("items")).hasSize(1);
            Reply advice = call(port, "demo-manager-bgf", "GET", "/api/v1/liaison/advice", null, null);
            assertThat(advice.body().path("items")).hasSize(1);
            assertThat(advice.body().path("items").get(0).path("decision").path("outcome").asText())
                    .isEqualTo("ACCEPTED");
            assertThat(call(port, "demo-officer", "GET", "/api/v1/liaison/contacts?limit=50", null, null).body()
                    .toString()).doesNotContain(DemoBanguiLiaison.UNDSS_CONTACT);

            // the Mexico City officer cannot read Bangui; the SOC can
            for (String path : List.of("/api/v1/assessments", "/api/v1/restricted-areas", "/api/v1/crisis/relocation-plan",
                    "/api/v1/guard/contracts", "/api/v1/liaison/contacts")) {
                Reply refused = call(port, "demo-officer", "GET", path + "?office=CF-BGF", null, null);
                assertThat(refused.status()).as(path).isEqualTo(403);
                assertThat(refused.contentType()).as(path).startsWith("application/problem+json");
            }
            assertThat(call(port, "demo-officer", "GET", "/api/v1/assessments", null, null).body().toString())
                    .doesNotContain(DemoBanguiRisk.SRA);
            Reply socSra = call(port, "demo-soc", "GET", "/api/v1/assessments?office=CF-BGF", null, null);
            assertThat(socSra.status()).isEqualTo(200);
            assertThat(socSra.body().path("items").get(0).path("title").asText()).isEqualTo(DemoBanguiRisk.SRA);
            Reply socHaven = call(port, "demo-soc", "GET", "/api/v1/crisis/relocation-plan?office=CF-BGF", null, null);
            assertThat(socHaven.status()).isEqualTo(200);
            assertThat(socHaven.body().path("areas").get(0).path("code").asText()).isEqualTo(DemoBanguiCrisis.AREA);
        }

        /** The persons of the Bangui office, as its token reads them. */
        private int bangui(String token) throws Exception {
            return call(app.port(), token, "GET", "/api/v1/persons?limit=1", null, null).body().path("total").asInt();
        }
    }

    private static Set<String> categories(JsonNode page) {
        Set<String> found = new HashSet<>();
        page.path("items").forEach(p -> found.add(p.path("category").asText()));
        return found;
    }

    @Test
    void sms_goes_out_signed_through_the_configured_webhook_and_each_message_once(@TempDir Path dir)
            throws Exception {
        List<String> keys = new CopyOnWriteArrayList<>();
        List<String> signatures = new CopyOnWriteArrayList<>();
        HttpServer bridge = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        bridge.createContext("/sms", exchange -> {
            exchange.getRequestBody().readAllBytes();
            keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            signatures.add(exchange.getRequestHeaders().getFirst("X-Vigil-Signature"));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        bridge.start();
        try {
            Map<String, String> env = Map.of("VIGIL_STORE", "files", "VIGIL_DATA_DIR", dir.toString(), "VIGIL_PORT",
                    "0", "VIGIL_HOST", "127.0.0.1", "VIGIL_DEMO", "true", "VIGIL_WEBHOOK_URL", "http://127.0.0.1:"
                            + bridge.getAddress().getPort() + "/sms", "VIGIL_WEBHOOK_SECRET",
                    "bridge-secret-0123456789");
            try (ReferenceApp app = ReferenceApp.start(AppConfig.fromEnvironment(env))) {
                JsonNode items = call(app.port(), "demo-officer", "GET", "/api/v1/communication-tests", null, null)
                        .body().path("items");
                String rollCall = items.get(0).path("id").asText();
                assertThat(items.get(0).path("rollCall").asBoolean()).isTrue();
                String test = items.get(1).path("id").asText();
                // delivery runs in the background: wait (bounded) until the roll-call's SMS requests are out
                for (int i = 0; i < 600 && call(app.port(), "demo-officer", "GET", "/api/v1/roll-calls/" + rollCall,
                        null, null).body().path("deliveries").path("queued").asInt() > 0; i++) {
                    Thread.sleep(100);
                }
                assertThat(keys).as("the demo's communication test and roll-call went out by SMS").isNotEmpty()
                        .doesNotHaveDuplicates();
                assertThat(signatures).allMatch(s -> s.startsWith("sha256="));
                long before = keys.stream().filter(k -> k.startsWith(rollCall)).count();
                assertThat(before).isPositive();
                Reply resent = call(app.port(), "demo-officer", "POST", "/api/v1/communication-tests/" + test
                        + "/resend", null, null);
                assertThat(resent.body().path("sent").asInt()).isZero();
                Reply resentRollCall = call(app.port(), "demo-officer", "POST", "/api/v1/communication-tests/"
                        + rollCall + "/resend", null, null);
                assertThat(resentRollCall.body().path("sent").asInt()).isZero();
                assertThat(keys.stream().filter(k -> k.startsWith(rollCall)).count()).isEqualTo(before);
                assertThat(keys).doesNotHaveDuplicates();
            }
        } finally {
            bridge.stop(0);
        }
    }

    @Test
    void bad_configuration_is_refused_with_the_variable_named() {
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("VIGIL_PORT", "eighty")))
                .hasMessageContaining("VIGIL_PORT");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("VIGIL_SMS_SECRET", "short")))
                .hasMessageContaining("VIGIL_SMS_SECRET");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("VIGIL_ESCALATION_SECONDS", "0")))
                .hasMessageContaining("VIGIL_ESCALATION_SECONDS");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("VIGIL_WEBHOOK_URL", "http://bridge.example/sms")))
                .hasMessageContaining("VIGIL_WEBHOOK_SECRET");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("VIGIL_WEBHOOK_URL", "mailto:x@y",
                "VIGIL_WEBHOOK_SECRET", "0123456789abcdef"))).hasMessageContaining("VIGIL_WEBHOOK_URL");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("VIGIL_SMTP_HOST", "smtp.example.org")))
                .hasMessageContaining("VIGIL_SMTP_FROM");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("VIGIL_STORE", "cloud")))
                .hasMessageContaining("VIGIL_STORE");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("VIGIL_STORE", "files",
                "VIGIL_DB_URL", "jdbc:postgresql://db/vigil"))).hasMessageContaining("VIGIL_DB_URL");
    }
}
