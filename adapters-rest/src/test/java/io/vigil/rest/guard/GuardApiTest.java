package io.vigil.rest.guard;

import static io.vigil.rest.ApiFixture.ASSOCIATE;
import static io.vigil.rest.ApiFixture.INTEGRATION;
import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.OTHER_VENDOR;
import static io.vigil.rest.ApiFixture.SOC;
import static io.vigil.rest.ApiFixture.STAFF;
import static io.vigil.rest.ApiFixture.VENDOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.rest.ApiClient;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiFixture;
import io.vigil.rest.ApiTestBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The guard-force routes over HTTP: contracts seen by security roles only, the vendor's token
 * submitting rosters and invoices of its own contract and never certifying, bad input naming every
 * field, and an invoice checked, rejected, certified and then frozen.
 *
 * <p>The figures, by hand: post GATE, 07:00–19:00 every day, one guard at 100.00 MXN; 1 to 3 March
 * 2026 is 36 h, of which the 12 h of 2 March (a holiday in the test's standards) pay double:
 * 24 × 100.00 + 12 × 100.00 × 2.0 = 4,800.00.
 */
class GuardApiTest extends ApiTestBase {
    private static final String BASE = "/api/v1/guard";
    /** The id of a facility of the office (created before the first contract), every post's site. */
    private static String site;
    private String contract;
    private String contractEtag;

    private static List<String> fields(Reply r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private static Map<String, Object> contractBody(String reference) {
        Map<String, Object> post = new HashMap<>();
        post.put("code", "GATE");
        post.put("name", "Main gate");
        post.put("site", site);
        post.put("schedule", List.of(Map.of("days", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                "SATURDAY", "SUNDAY"), "start", "07:00", "end", "19:00")));
        post.put("guardsPerShift", 1);
        post.put("hourlyRate", 100.00);
        Map<String, Object> body = new HashMap<>();
        body.put("reference", reference);
        body.put("vendor", "Protección Integral SA de CV");
        body.put("vendorSubject", "vendor@pisa");
        body.put("procurement", Map.of("method", "request for proposals", "bids", 4, "evaluation", "lowest cost",
                "award", "PISA", "awardedOn", "2025-12-01"));
        body.put("start", "2026-01-01");
        body.put("end", "2026-12-31");
        body.put("currency", "MXN");
        body.put("country", "MX");
        body.put("posts", List.of(post));
        return body;
    }

    private static String roster(String contract, boolean doubleShift) {
        List<Map<String, Object>> shifts = new ArrayList<>();
        for (int day = 1; day <= 3; day++) {
            String date = "2026-03-0" + day;
            if (doubleShift && day == 3) {
                shifts.add(Map.of("badge", "B-1", "post", "GATE", "start", date + "T07:00", "end", date + "T19:00"));
            } else {
                shifts.add(Map.of("badge", "B-1", "post", "GATE", "start", date + "T07:00", "end", date + "T15:00"));
                shifts.add(Map.of("badge", "B-2", "post", "GATE", "start", date + "T15:00", "end", date + "T19:00"));
            }
        }
        return ApiClient.json(Map.of("contract", contract, "from", "2026-03-01", "to", "2026-03-03",
                "guards", List.of(Map.of("badge", "B-1", "name", "Juan Pérez", "qualifications", List.of()),
                        Map.of("badge", "B-2", "name", "Rosa Díaz", "qualifications", List.of())),
                "shifts", shifts));
    }

    private static String invoice(String contract, String number, String amount, String roster) {
        Map<String, Object> body = new HashMap<>();
        body.put("contract", contract);
        body.put("number", number);
        body.put("from", "2026-03-01");
        body.put("to", "2026-03-03");
        body.put("lines", List.of(Map.of("post", "GATE", "hours", 36, "amount", new java.math.BigDecimal(amount))));
        body.put("roster", roster);
        return ApiClient.json(body);
    }

    private JsonNode created(String token, String path, String body) {
        Reply r = api.post(token, path, body);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.json();
    }

    @BeforeAll
    void contractAndStandards() {
        Reply f = api.post(ASSOCIATE, "/api/v1/facilities", ApiClient.json(Map.of("name", "IBRD office", "kind",
                "OFFICE", "address", "Insurgentes Sur 1605", "location", Map.of("latitude", 19.366,
                        "longitude", -99.183), "assets", List.of())));
        assertThat(f.status()).as(f.raw().body()).isEqualTo(201);
        site = f.json().path("id").asText();
        Reply c = api.post(ASSOCIATE, BASE + "/contracts", ApiClient.json(contractBody("WBG-MX-2026-001")));
        assertThat(c.status()).as(c.raw().body()).isEqualTo(201);
        contract = c.json().path("id").asText();
        contractEtag = c.etag();
        created(ASSOCIATE, BASE + "/standards", ApiClient.json(Map.of("country", "MX", "name", "Ley Federal del Trabajo",
                "maxDayShiftHours", 8, "maxNightShiftHours", 7, "maxMixedShiftHours", 7.5, "maxDailyOvertimeHours", 3,
                "maxOvertimeDaysPerWeek", 3, "maxWeeklyHours", 48,
                "wages", List.of(Map.of("effective", "2026-01-01", "daily", 315.04, "currency", "MXN", "zone", "general")),
                "holidays", List.of(Map.of("date", "2026-03-02", "name", "test holiday")))));
    }

    @Test
    void only_security_roles_see_contracts_and_rates() {
        String item = BASE + "/contracts/" + contract;
        JsonNode read = api.get(OFFICER, item).json();
        assertThat(read.path("posts").path(0).path("hourlyRate").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(read.path("posts").path(0).path("holidayMultiplier").decimalValue()).as("the default")
                .isEqualByComparingTo("2.0");
        assertThat(read.path("terms").path("damagesThreshold").decimalValue()).isEqualByComparingTo("0.95");
        assertThat(read.path("noticeDue").asText()).as("3 months before 31 December").isEqualTo("2026-09-30");
        for (String token : List.of(MANAGER, STAFF, SOC, INTEGRATION, VENDOR)) {
            assertThat(api.get(token, item).status()).as(token).isEqualTo(403);
            assertThat(api.get(token, BASE + "/contracts").status()).as(token).isEqualTo(403);
            assertThat(api.get(token, BASE + "/standards").status()).as(token).isEqualTo(403);
        }
        assertThat(api.post(VENDOR, BASE + "/contracts", ApiClient.json(contractBody("X"))).status()).isEqualTo(403);
    }

    @Test
    void bad_contract_input_is_a_400_naming_every_field() {
        Map<String, Object> body = contractBody("WBG-BAD");
        body.put("currency", "pesos");
        body.put("country", "Mexico");
        body.put("vendor", " ");
        body.put("noticeMonths", 99);
        Reply r = api.post(ASSOCIATE, BASE + "/contracts", ApiClient.json(body));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(fields(r)).contains("currency", "country", "vendor", "noticeMonths");
        assertThat(r.raw().body()).doesNotContain("io.vigil", "java.");
        Map<String, Object> badPost = contractBody("WBG-BAD-2");
        @SuppressWarnings("unchecked")
        Map<String, Object> post = new HashMap<>(((List<Map<String, Object>>) badPost.get("posts")).get(0));
        post.put("hourlyRate", -5);
        post.put("guardsPerShift", 0);
        badPost.put("posts", List.of(post));
        Reply p = api.post(ASSOCIATE, BASE + "/contracts", ApiClient.json(badPost));
        assertThat(p.status()).isEqualTo(400);
        assertThat(fields(p)).contains("posts[0].hourlyRate", "posts[0].guardsPerShift");
        Map<String, Object> unknownCurrency = contractBody("WBG-BAD-3");
        unknownCurrency.put("currency", "XYZ");
        Reply u = api.post(ASSOCIATE, BASE + "/contracts", ApiClient.json(unknownCurrency));
        assertThat(u.status()).isEqualTo(400);
        assertThat(fields(u)).containsExactly("currency");
        Map<String, Object> overnight = contractBody("WBG-BAD-4");
        @SuppressWarnings("unchecked")
        Map<String, Object> quarter = new HashMap<>(((List<Map<String, Object>>) overnight.get("posts")).get(0));
        quarter.put("schedule", List.of(Map.of("days", List.of("MONDAY"), "start", "07:10", "end", "19:00")));
        overnight.put("posts", List.of(quarter));
        Reply q = api.post(ASSOCIATE, BASE + "/contracts", ApiClient.json(overnight));
        assertThat(q.status()).as(q.raw().body()).isEqualTo(400);
        assertThat(q.raw().body()).contains("quarter hour");
    }

    @Test
    void performance_reviews_are_the_security_roles_and_the_vendor_reads_its_own_and_responds() {
        Map<String, Object> body = contractBody("WBG-MX-2026-REV");
        body.put("reviewEveryDays", 30);
        Reply c = api.post(ASSOCIATE, BASE + "/contracts", ApiClient.json(body));
        assertThat(c.status()).as(c.raw().body()).isEqualTo(201);
        assertThat(c.json().path("reviewEveryDays").asInt()).isEqualTo(30);
        String id = c.json().path("id").asText();

        Reply missing = api.post(ASSOCIATE, BASE + "/reviews", "{\"decision\": \"MAYBE\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(fields(missing)).contains("decision");
        Reply empty = api.post(ASSOCIATE, BASE + "/reviews", "{}");
        assertThat(fields(empty)).containsExactlyInAnyOrder("contract", "from", "to");
        Reply noReason = api.post(ASSOCIATE, BASE + "/reviews", ApiClient.json(Map.of("contract", id,
                "from", "2026-02-01", "to", "2026-02-28", "decision", "DO_NOT_EXTEND")));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fields(noReason)).containsExactly("reasons");
        String review = ApiClient.json(Map.of("contract", id, "from", "2026-02-01", "to", "2026-02-28"));
        assertThat(api.post(VENDOR, BASE + "/reviews", review).status()).as("the vendor never reviews").isEqualTo(403);
        Reply created = api.post(OFFICER, BASE + "/reviews", review);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.json().path("decision").asText()).isEqualTo("UNDECIDED");
        String item = created.header("Location");

        for (String token : List.of(MANAGER, STAFF, SOC, INTEGRATION, OTHER_VENDOR)) {
            assertThat(api.get(token, item).status()).as(token).isEqualTo(403);
        }
        Reply read = api.get(VENDOR, item);
        assertThat(read.status()).isEqualTo(200);
        assertThat(api.get(VENDOR, BASE + "/reviews").json().path("items").findValuesAsText("id"))
                .containsExactly(created.json().path("id").asText());
        String decide = ApiClient.json(Map.of("contract", id, "from", "2026-02-01", "to", "2026-02-28",
                "decision", "EXTEND", "reasons", List.of("no issue in the period")));
        assertThat(api.send(VENDOR, "PUT", item, decide, "application/json", read.etag()).status())
                .as("the vendor never decides").isEqualTo(403);
        Reply blank = api.send(VENDOR, "POST", item + "/response", ApiClient.json(Map.of("response", " ")),
                "application/json", read.etag());
        assertThat(blank.status()).isEqualTo(400);
        assertThat(fields(blank)).containsExactly("response");
        assertThat(api.send(OTHER_VENDOR, "POST", item + "/response", ApiClient.json(Map.of("response", "x")),
                "application/json", read.etag()).status()).isEqualTo(403);
        Reply responded = api.send(VENDOR, "POST", item + "/response", ApiClient.json(Map.of("response",
                "We replaced the night guard.")), "application/json", read.etag());
        assertThat(responded.status()).as(responded.raw().body()).isEqualTo(200);
        assertThat(responded.json().path("vendorResponse").asText()).isEqualTo("We replaced the night guard.");
        Reply decided = api.send(OFFICER, "PUT", item, decide, "application/json", responded.etag());
        assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);
        assertThat(decided.json().path("decision").asText()).isEqualTo("EXTEND");
        assertThat(decided.json().path("vendorResponse").asText()).isEqualTo("We replaced the night guard.");

        List<String> dues = new ArrayList<>();
        api.get(OFFICER, BASE + "/overdue-reviews?day=2026-03-31").json().path("items").forEach(d -> {
            if (d.path("contract").asText().equals(id)) {
                dues.add(d.path("due").asText() + " " + d.path("lastReviewedTo").asText());
            }
        });
        assertThat(dues).as("28 February plus 30 days").containsExactly("2026-03-30 2026-02-28");
        assertThat(api.get(OFFICER, BASE + "/overdue-reviews?day=2026-03-30").json().path("items")
                .findValuesAsText("contract")).doesNotContain(id);
        assertThat(api.get(VENDOR, BASE + "/overdue-reviews").status()).isEqualTo(403);
        assertThat(api.get(OFFICER, BASE + "/overdue-reviews?day=soon").status()).isEqualTo(400);
    }

    @Test
    void a_post_whose_site_is_no_facility_of_the_office_is_a_400_naming_posts_i_site() {
        Map<String, Object> body = contractBody("WBG-BAD-SITE");
        @SuppressWarnings("unchecked")
        Map<String, Object> known = ((List<Map<String, Object>>) body.get("posts")).get(0);
        Map<String, Object> unknown = new HashMap<>(known);
        unknown.put("code", "BACK");
        unknown.put("site", UUID.randomUUID().toString());
        body.put("posts", List.of(known, unknown));
        Reply r = api.post(ASSOCIATE, BASE + "/contracts", ApiClient.json(body));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(fields(r)).containsExactly("posts[1].site");
        assertThat(api.get(ASSOCIATE, BASE + "/contracts").json().path("items").findValuesAsText("reference"))
                .doesNotContain("WBG-BAD-SITE");
        Reply current = api.get(ASSOCIATE, BASE + "/contracts/" + contract);
        Map<String, Object> changed = contractBody("WBG-MX-2026-001");
        Map<String, Object> moved = new HashMap<>(known);
        moved.put("site", UUID.randomUUID().toString());
        changed.put("posts", List.of(moved));
        Reply u = api.send(ASSOCIATE, "PUT", BASE + "/contracts/" + contract, ApiClient.json(changed),
                "application/json", current.etag());
        assertThat(u.status()).as(u.raw().body()).isEqualTo(400);
        assertThat(fields(u)).containsExactly("posts[0].site");
        assertThat(api.get(ASSOCIATE, BASE + "/contracts/" + contract).etag()).isEqualTo(current.etag());
    }

    @Test
    void a_vendor_submits_its_own_rosters_and_invoices_never_another_vendors_and_never_certifies() {
        JsonNode roster = created(VENDOR, BASE + "/rosters", roster(contract, false));
        assertThat(roster.path("submittedBy").asText()).isEqualTo("vendor@pisa");
        assertThat(api.post(OTHER_VENDOR, BASE + "/rosters", roster(contract, false)).status()).isEqualTo(403);
        assertThat(api.get(OTHER_VENDOR, BASE + "/rosters/" + roster.path("id").asText()).status()).isEqualTo(403);
        assertThat(api.get(OTHER_VENDOR, BASE + "/rosters").json().path("total").asLong()).isZero();
        assertThat(api.get(VENDOR, BASE + "/rosters").json().path("total").asLong()).isPositive();
        Reply inv = api.post(VENDOR, BASE + "/invoices", invoice(contract, "F-V-1", "4800.00",
                roster.path("id").asText()));
        assertThat(inv.status()).as(inv.raw().body()).isEqualTo(201);
        assertThat(api.send(VENDOR, "POST", BASE + "/invoices/" + inv.json().path("id").asText() + "/certification",
                "{}", "application/json", inv.etag()).status()).isEqualTo(403);
        assertThat(api.send(ASSOCIATE, "POST", BASE + "/invoices/" + inv.json().path("id").asText()
                + "/certification", "{}", "application/json", inv.etag()).status()).as("the officer alone").isEqualTo(403);
        assertThat(fixture.vigil.audit().find(Actor.of("o", ApiFixture.OFFICE, Role.SECURITY_OFFICER),
                new AuditQuery(ApiFixture.OFFICE, Optional.of("vendor@other"), Optional.empty()), new PageRequest(0, 50))
                .items()).as("the other vendor's denials are audited").isNotEmpty()
                .allSatisfy(e -> assertThat(e.granted()).isFalse());
    }

    @Test
    void an_invoice_is_rejected_with_every_reason_then_certified_with_a_waiver_and_never_changes_again() {
        JsonNode roster = created(VENDOR, BASE + "/rosters", roster(contract, true));
        String rosterId = roster.path("id").asText();
        JsonNode violations = api.get(OFFICER, BASE + "/rosters/" + rosterId + "/violations").json().path("items");
        assertThat(violations).hasSize(1);
        assertThat(violations.path(0).path("key").asText()).isEqualTo("SHIFT_LENGTH:B-1:2026-03-03");
        assertThat(violations.path(0).path("values").asText()).contains("day shift of 12 h", "8 h plus 3 h overtime");

        Reply over = api.post(VENDOR, BASE + "/invoices", invoice(contract, "F-OVER", "6000.00", rosterId));
        String overPath = BASE + "/invoices/" + over.json().path("id").asText();
        JsonNode check = api.get(OFFICER, overPath + "/check").json();
        assertThat(check.path("expected").path(0).path("amount").decimalValue()).isEqualByComparingTo("4800.00");
        Reply rejected = api.send(OFFICER, "POST", overPath + "/certification", "{}", "application/json", over.etag());
        assertThat(rejected.status()).as(rejected.raw().body()).isEqualTo(200);
        assertThat(rejected.json().path("invoice").path("status").asText()).isEqualTo("REJECTED");
        JsonNode reasons = rejected.json().path("invoice").path("decision").path("reasons");
        assertThat(reasons.toString()).contains("post GATE: invoiced 36 h for 6000.00, expected 36 h for 4800.00",
                "2026-03-02 is a public holiday (test holiday)", "SHIFT_LENGTH:B-1:2026-03-03");

        Reply good = api.post(VENDOR, BASE + "/invoices", invoice(contract, "F-GOOD", "4800.00", rosterId));
        String goodPath = BASE + "/invoices/" + good.json().path("id").asText();
        Reply badWaiver = api.send(OFFICER, "POST", goodPath + "/certification", ApiClient.json(Map.of("waivers",
                List.of(Map.of("violation", "NOPE", "reason", "x"), Map.of("violation", " ", "reason", " ")))),
                "application/json", good.etag());
        assertThat(badWaiver.status()).isEqualTo(400);
        assertThat(fields(badWaiver)).contains("waivers[1].violation", "waivers[1].reason");
        Reply unchanged = api.get(OFFICER, goodPath);
        assertThat(unchanged.etag()).as("a refused certification stores nothing").isEqualTo(good.etag());
        assertThat(unchanged.json().path("status").asText()).isEqualTo("SUBMITTED");
        Reply unknown = api.send(OFFICER, "POST", goodPath + "/certification", ApiClient.json(Map.of("waivers",
                List.of(Map.of("violation", "WEEKLY_REST:B-9:2026-03-02", "reason", "x")))), "application/json",
                good.etag());
        assertThat(fields(unknown)).containsExactly("waivers[0].violation");
        assertThat(api.get(OFFICER, goodPath).etag()).isEqualTo(good.etag());
        Reply unwaived = api.send(OFFICER, "POST", goodPath + "/certification", "{}", "application/json", good.etag());
        assertThat(unwaived.json().path("invoice").path("status").asText()).isEqualTo("REJECTED");
        Reply certified = api.send(OFFICER, "POST", goodPath + "/certification", ApiClient.json(Map.of("waivers",
                List.of(Map.of("violation", "SHIFT_LENGTH:B-1:2026-03-03", "reason", "relief fell ill; paid overtime")))),
                "application/json", unwaived.etag());
        assertThat(certified.status()).as(certified.raw().body()).isEqualTo(200);
        JsonNode decision = certified.json().path("invoice").path("decision");
        assertThat(certified.json().path("invoice").path("status").asText()).isEqualTo("CERTIFIED");
        assertThat(decision.path("by").asText()).isEqualTo("officer");
        assertThat(decision.path("at").asText()).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(decision.path("payable").decimalValue()).isEqualByComparingTo("4800.00");
        assertThat(decision.path("waivers").path(0).path("reason").asText()).isEqualTo("relief fell ill; paid overtime");

        assertThat(api.put(VENDOR, goodPath, invoice(contract, "F-GOOD", "1.00", rosterId), certified.etag()).status())
                .isEqualTo(409);
        assertThat(api.delete(OFFICER, goodPath, certified.etag()).status()).isEqualTo(409);
        assertThat(api.send(OFFICER, "POST", goodPath + "/certification", "{}", "application/json", certified.etag())
                .status()).isEqualTo(409);
        assertThat(api.put(VENDOR, BASE + "/rosters/" + rosterId, roster(contract, false), "\"1\"").status())
                .as("the roster of a certified invoice").isEqualTo(409);
        String contractPath = BASE + "/contracts/" + contract;
        Reply kept = api.delete(OFFICER, contractPath, api.get(OFFICER, contractPath).etag());
        assertThat(kept.status()).as("a contract its rosters and invoices name").isEqualTo(409);
        assertThat(kept.raw().headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(kept.json().path("detail").asText()).contains("is named by", "rosters", "invoices");
        assertThat(api.get(OFFICER, contractPath).status()).isEqualTo(200);
        assertThat(api.get(OFFICER, goodPath).json().path("lines").path(0).path("amount").decimalValue())
                .isEqualByComparingTo("4800.00");
    }

    @Test
    void issues_and_inspections_name_a_post_and_site_of_the_contract() {
        String site = api.get(OFFICER, BASE + "/contracts/" + contract).json().path("posts").path(0).path("site").asText();
        JsonNode inspection = created(ASSOCIATE, BASE + "/inspections", ApiClient.json(Map.of("contract", contract,
                "site", site, "at", "2026-03-02T03:15", "inspector", "associate",
                "checklist", List.of(Map.of("item", "GUARD_ALERT", "passed", false, "note", "asleep in the booth")),
                "findings", List.of("guard asleep at 03:15"), "evidence", List.of("photo IMG-0042"))));
        Reply issue = api.post(ASSOCIATE, BASE + "/issues", ApiClient.json(Map.of("contract", contract,
                "type", "SLEEPING_ON_POST", "post", "GATE", "date", "2026-03-02", "hours", 0,
                "evidence", Map.of("kind", "INSPECTION", "reference", inspection.path("id").asText()),
                "description", "asleep")));
        assertThat(issue.status()).as(issue.raw().body()).isEqualTo(201);
        Reply bad = api.post(ASSOCIATE, BASE + "/issues", ApiClient.json(Map.of("contract", contract,
                "type", "SLEEPING_ON_POST", "post", "NOPE", "date", "2026-03-02", "hours", 0,
                "evidence", Map.of("kind", "REPORT", "reference", "R-1"), "description", "asleep")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).containsExactly("post");
        Reply noInspection = api.post(ASSOCIATE, BASE + "/issues", ApiClient.json(Map.of("contract", contract,
                "type", "LATE_RELIEF", "post", "GATE", "date", "2026-03-02", "hours", 1,
                "evidence", Map.of("kind", "INSPECTION", "reference", "INS-404"), "description", "late")));
        assertThat(fields(noInspection)).containsExactly("evidence.reference");
        Reply missing = api.post(ASSOCIATE, BASE + "/issues", "{}");
        assertThat(fields(missing)).contains("contract", "type", "post", "date", "hours", "evidence", "description");
        assertThat(api.post(VENDOR, BASE + "/issues", ApiClient.json(Map.of("contract", contract,
                "type", "LATE_RELIEF", "post", "GATE", "date", "2026-03-02", "hours", 1,
                "evidence", Map.of("kind", "REPORT", "reference", "R-2"), "description", "late"))).status())
                .as("a vendor records no issue").isEqualTo(403);
        assertThat(api.get(VENDOR, BASE + "/issues").status()).isEqualTo(403);
        JsonNode schedule = api.get(ASSOCIATE, BASE + "/contracts/" + contract + "/inspection-schedule?day=2026-03-05")
                .json().path("items");
        assertThat(schedule).hasSize(1);
        assertThat(schedule.path(0).path("due").asText()).as("30 days after 2 March").isEqualTo("2026-04-01");
        assertThat(schedule.path(0).path("overdue").asBoolean()).isFalse();
        assertThat(api.get(ASSOCIATE, BASE + "/contracts/" + contract + "/inspection-schedule?day=soon").status())
                .isEqualTo(400);
    }

    @Test
    void an_extension_moves_the_end_and_the_notice() {
        Reply c = api.post(ASSOCIATE, BASE + "/contracts", ApiClient.json(contractBody("WBG-MX-2026-EXT")));
        String item = c.header("Location");
        Reply extended = api.post(ASSOCIATE, item + "/extensions", ApiClient.json(Map.of("newEnd", "2027-06-30",
                "reference", "AMD-1")));
        assertThat(extended.status()).as("no If-Match").isEqualTo(428);
        extended = api.send(ASSOCIATE, "POST", item + "/extensions", ApiClient.json(Map.of("newEnd", "2027-06-30",
                "reference", "AMD-1")), "application/json", c.etag());
        assertThat(extended.status()).as(extended.raw().body()).isEqualTo(200);
        assertThat(extended.json().path("effectiveEnd").asText()).isEqualTo("2027-06-30");
        assertThat(extended.json().path("noticeDue").asText()).isEqualTo("2027-03-30");
        Reply earlier = api.send(ASSOCIATE, "POST", item + "/extensions", ApiClient.json(Map.of("newEnd", "2027-01-01",
                "reference", "AMD-2")), "application/json", extended.etag());
        assertThat(earlier.status()).isEqualTo(400);
        assertThat(fields(earlier)).containsExactly("extensions");
        assertThat(api.get(OFFICER, BASE + "/notices?day=2026-10-01").json().path("items").toString())
                .contains("WBG-MX-2026-001").doesNotContain("WBG-MX-2026-EXT");
        assertThat(contractEtag).isNotBlank();
    }
}
