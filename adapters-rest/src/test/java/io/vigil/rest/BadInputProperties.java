package io.vigil.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.strings;

import io.vigil.json.WebhookSignature;
import io.vigil.rest.ApiClient.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.generators.Theories;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Whatever a client sends, the answer is a 4xx problem: never a 500, never a stack trace. Beside
 * garbage, the classes of input that once answered 500: instants beyond the years 1900 to 9999
 * (Java reaches a billion years either way) in every dated body and query, {@code null} inside any
 * list, a {@code null} body, spans longer than the use cases keep (a leg or hotel stay over 366
 * days, a presence over 50 years), lists and strings longer than their documented limits, query
 * parameters of the wrong kind or range (a category that is none, a page size or offset out of
 * range), and a URI, header or body too large for the server (Jetty's own refusals).
 */
class BadInputProperties {
    private static ApiFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new ApiFixture(Optional.empty());
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static Gen<String> writePaths() {
        return Generate.pick(List.of("/api/v1/persons", "/api/v1/residences", "/api/v1/presences", "/api/v1/missions",
                "/api/v1/assessments", "/api/v1/restricted-areas", "/api/v1/venues", "/api/v1/facilities",
                "/api/v1/restricted-areas/applicable", "/api/v1/on-call/shifts", "/api/v1/emergency-requests",
                "/api/v1/advisories", "/api/v1/communication-tests",
                "/api/v1/positions", "/api/v1/locator/search", "/api/v1/warden-zones", "/api/v1/roll-calls",
                "/api/v1/phone-trees", "/api/v1/inbound/sms/MX-MEX"));
    }

    private static Gen<String> bodies() {
        Gen<String> garbage = strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 80);
        Gen<String> jsonish = Generate.pick(List.of("{}", "[]", "null", "1", "\"x\"", "{\"givenName\":1}",
                "{\"area\":[]}", "{\"person\":\"x\",\"arrival\":\"then\"}", "{\"members\":[null]}",
                "{\"legs\":[{\"mode\":\"TELEPORT\"}]}", "{\"location\":{\"latitude\":\"north\"}}",
                "{\"occupant\":null,\"household\":[null]}", "{\"position\":{\"latitude\":91,\"longitude\":0}}",
                "{\"outline\":[{\"latitude\":1}],\"channels\":[\"PIGEON\"]}", "{\"links\":[{\"caller\":null}]}",
                "{\"id\":\"bad id\",\"outline\":[]}", "{\"links\":[{\"caller\":\"x\",\"callee\":\"x\"}]}"));
        return Generate.oneOf(garbage, jsonish);
    }

    @Test
    void garbage_bodies_get_a_4xx_problem() {
        Theories.qt(200).forAll(writePaths(), bodies()).checkAssert((path, body) -> {
            Reply r = fixture.client.post(ApiFixture.OFFICER, path, body);
            assertThat(r.status()).as(path + " " + body + " -> " + r.raw().body()).isBetween(400, 499);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.raw().body()).doesNotContain("Exception").doesNotContain("io.vigil.");
        });
    }

    /** Instants Java can write but the API refuses: before 1900 or after 9999, out to a billion years. */
    private static Gen<String> extremeInstants() {
        long earliest = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
        long latest = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        Gen<Long> before = SourceDSL.longs().between(Instant.MIN.getEpochSecond(), earliest - 1);
        Gen<Long> after = SourceDSL.longs().between(latest + 1, Instant.MAX.getEpochSecond());
        Gen<String> edges = Generate.pick(List.of("+1000000000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z",
                "1899-12-31T23:59:59Z", "+10000-01-01T00:00:00Z",
                "0000-01-01T00:00:00Z"));
        return Generate.oneOf(edges, Generate.oneOf(before, after).map(s -> Instant.ofEpochSecond(s).toString()));
    }

    /** A body otherwise good enough to reach its dates, with {@code %s} where the extreme instant goes. */
    private record DatedBody(String path, String field, String template) {
    }

    private static Gen<DatedBody> datedBodies() {
        String id = UUID.randomUUID().toString();
        return Generate.pick(List.of(
                new DatedBody("/api/v1/advisories", "validFrom", "{\"title\":\"t\",\"message\":\"m\",\"severity\":"
                        + "\"WARNING\",\"audience\":{\"kind\":\"EVERYONE\"},\"channels\":[\"SMS\"],\"validFrom\":"
                        + "\"%s\",\"validTo\":\"2026-03-02T00:00:00Z\"}"),
                new DatedBody("/api/v1/advisories", "validTo", "{\"title\":\"t\",\"message\":\"m\",\"severity\":"
                        + "\"WARNING\",\"audience\":{\"kind\":\"EVERYONE\"},\"channels\":[\"SMS\"],\"validFrom\":"
                        + "\"2026-03-01T00:00:00Z\",\"validTo\":\"%s\"}"),
                new DatedBody("/api/v1/presences/" + id + "/departure", "departure", "{\"departure\":\"%s\"}"),
                new DatedBody("/api/v1/communication-tests", "startedAt", "{\"title\":\"t\",\"channels\":[\"SMS\"],"
                        + "\"openMinutes\":60,\"targetPercent\":90,\"targetMinutes\":30,\"startedAt\":\"%s\"}"),
                new DatedBody("/api/v1/presences", "arrival", "{\"person\":\"" + id + "\",\"arrival\":\"%s\"}"),
                new DatedBody("/api/v1/residences", "movedIn", "{\"occupant\":\"" + id + "\",\"household\":[],"
                        + "\"address\":{\"street\":\"s\",\"district\":\"d\",\"city\":\"c\",\"country\":\"MX\"},"
                        + "\"location\":{\"latitude\":19.4,\"longitude\":-99.1},\"movedIn\":\"%s\"}"),
                new DatedBody("/api/v1/missions", "legs[0].departure", "{\"name\":\"m\",\"members\":[\"" + id
                        + "\"],\"legs\":[{\"mode\":\"FLIGHT\",\"from\":" + String.format(PLACE, "A") + ",\"to\":"
                        + String.format(PLACE, "B") + ",\"departure\":\"%s\",\"arrival\":\"2026-03-01T02:00:00Z\"}],"
                        + "\"stays\":[]}"),
                new DatedBody("/api/v1/missions", "stays[0].checkIn", "{\"name\":\"m\",\"members\":[\"" + id
                        + "\"],\"legs\":[],\"stays\":[{\"hotel\":" + String.format(PLACE, "H") + ",\"checkIn\":"
                        + "\"%s\",\"checkOut\":\"2026-03-02T00:00:00Z\"}]}"),
                new DatedBody("/api/v1/locator/search", "from", "{\"area\":[" + points(3) + "],\"from\":\"%s\","
                        + "\"to\":\"2026-03-02T00:00:00Z\"}"),
                new DatedBody("/api/v1/assessments", "reviewDue", "{\"title\":\"t\",\"area\":[" + points(3)
                        + "],\"validFrom\":\"2026-01-01T00:00:00Z\",\"validTo\":\"2026-12-31T00:00:00Z\","
                        + "\"risks\":[],\"criticality\":\"PC3\",\"reviewDue\":\"%s\"}"),
                new DatedBody("/api/v1/restricted-areas", "validFrom", "{\"name\":\"r\",\"outline\":[" + points(3)
                        + "],\"rules\":[\"FORBIDDEN\"],\"validFrom\":\"%s\"}"),
                new DatedBody("/api/v1/venues", "assessedAt", "{\"name\":\"v\",\"kind\":\"HOTEL\",\"address\":"
                        + "\"a\",\"location\":{\"latitude\":19.4,\"longitude\":-99.1},\"rating\":3,\"findings\":[],"
                        + "\"approvedForStaff\":true,\"assessedAt\":\"%s\",\"validUntil\":\"2027-01-01T00:00:00Z\"}"),
                new DatedBody("/api/v1/on-call/shifts", "to", "{\"responder\":\"r\",\"function\":\"f\",\"phone\":"
                        + "\"+52 55 1234 5678\",\"from\":\"2026-03-01T00:00:00Z\",\"to\":\"%s\"}"),
                new DatedBody("/api/v1/emergency-requests", "receivedAt", "{\"receivedAt\":\"%s\",\"caller\":"
                        + "\"c\",\"situation\":\"s\"}")));
    }

    /** A query path and its dated parameter, which the extreme instant is appended to. */
    private record DatedQuery(String path, String parameter) {
    }

    private static Gen<DatedQuery> datedQueries() {
        return Generate.pick(List.of(new DatedQuery("/api/v1/locator/headcount?at=", "at"),
                new DatedQuery("/api/v1/risk/reviews-due?at=", "at"),
                new DatedQuery("/api/v1/venues/expired?at=", "at"), new DatedQuery("/api/v1/facilities/due?at=", "at"),
                new DatedQuery("/api/v1/warden-zones/" + ApiFixture.ZONE.value() + "/roster?at=", "at"),
                new DatedQuery("/api/v1/warden-zones/" + ApiFixture.ZONE.value() + "/roster.csv?at=", "at"),
                new DatedQuery("/api/v1/on-call/now?at=", "at"), new DatedQuery("/api/v1/advisories/active?at=", "at"),
                new DatedQuery("/api/v1/on-call/coverage?from=", "from"),
                new DatedQuery("/api/v1/on-call/coverage?from=2026-03-01T00:00:00Z&to=", "to"),
                new DatedQuery("/api/v1/communication-tests/trend?from=", "from"),
                new DatedQuery("/api/v1/communication-tests/trend?from=2026-01-01T00:00:00Z&to=", "to")));
    }

    private static void assertNames(Reply r, String field, String what) {
        assertThat(r.status()).as(what + " -> " + r.raw().body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.raw().body()).doesNotContain("Exception").doesNotContain("io.vigil.").doesNotContain("java.");
        List<String> fields = new java.util.ArrayList<>();
        for (JsonNode e : r.json().path("errors")) {
            fields.add(e.path("field").asText());
        }
        assertThat(fields).as(what + " -> " + r.raw().body()).contains(field);
    }

    @Test
    void extreme_instants_in_a_body_are_400_naming_the_field() {
        Theories.qt(200).forAll(datedBodies(), extremeInstants()).checkAssert((body, instant) -> {
            Reply r = fixture.client.send(ApiFixture.OFFICER, "POST", body.path(),
                    String.format(body.template(), instant), "application/json", "\"1\"");
            assertNames(r, body.field(), body.path() + " " + instant);
        });
    }

    @Test
    void extreme_instants_in_a_query_are_400_naming_the_parameter() {
        Theories.qt(100).forAll(datedQueries(), extremeInstants()).checkAssert((query, instant) -> {
            Reply r = fixture.client.get(ApiFixture.OFFICER, query.path() + instant.replace("+", "%2B"));
            assertNames(r, query.parameter(), query.path() + instant);
        });
    }

    private static Gen<String> actionPaths() {
        return Generate.pick(List.of("/presences/%s/departure", "/facilities/%s/checks",
                "/emergency-requests/%s/responses", "/emergency-requests/%s/close", "/phone-trees/%s/drills"))
                .map(p -> "/api/v1" + String.format(p, UUID.randomUUID()));
    }

    @Test
    void a_null_body_is_400_naming_the_body() {
        Theories.qt(40).forAll(Generate.oneOf(actionPaths(), writePaths())).checkAssert(path -> {
            Reply r = fixture.client.send(ApiFixture.OFFICER, "POST", path, "null", "application/json", "\"1\"");
            if (path.startsWith("/api/v1/inbound/sms/")) {
                assertThat(r.status()).as("unsigned").isEqualTo(401);
            } else {
                assertNames(r, "body", path);
            }
        });
    }

    /** A list holding nulls, in the bodies whose lists once crashed the problem mapper. */
    private static Gen<String[]> nullsInLists() {
        Gen<String> nulls = Generate.pick(List.of("[null]", "[null,null]", "[null,null,null,null]"));
        return nulls.map(list -> new String[] {"/api/v1/advisories", "audience.area", "{\"title\":\"t\",\"message\":"
                + "\"m\",\"severity\":\"WARNING\",\"audience\":{\"kind\":\"AREA\",\"area\":" + list + "},"
                + "\"channels\":[\"SMS\"],\"validFrom\":\"2026-03-01T00:00:00Z\",\"validTo\":\"2026-03-02T00:00:00Z\"}"})
                .mix(nulls.map(list -> new String[] {"/api/v1/assessments", "risks[0].measures", "{\"title\":\"t\","
                        + "\"area\":[{\"latitude\":19.2,\"longitude\":-99.3},{\"latitude\":19.2,\"longitude\":-98.9},"
                        + "{\"latitude\":19.6,\"longitude\":-98.9}],\"validFrom\":\"2026-01-01T00:00:00Z\",\"validTo\":"
                        + "\"2026-12-31T00:00:00Z\",\"risks\":[{\"category\":\"CRIME\",\"threat\":\"robbery\","
                        + "\"likelihood\":\"LIKELY\",\"impact\":\"MODERATE\",\"treatment\":\"CONTROL\",\"measures\":"
                        + list + ",\"residualLikelihood\":\"LIKELY\",\"residualImpact\":\"MODERATE\"}],"
                        + "\"criticality\":\"PC3\",\"reviewDue\":\"2026-02-01T00:00:00Z\"}"}), 50);
    }

    @Test
    void nulls_inside_a_list_are_400_naming_the_list() {
        Theories.qt(30).forAll(nullsInLists()).checkAssert(c -> {
            Reply r = fixture.client.post(ApiFixture.OFFICER, c[0], c[2]);
            assertNames(r, c[1], c[0] + " " + c[2]);
        });
    }

    /** Every other list of a body holding nulls: path, the list's name, body. */
    private static Gen<String[]> nullsInEveryList() {
        Gen<String> nulls = Generate.pick(List.of("[null]", "[null,null]", "[null,null,null,null]"));
        String id = "\"" + UUID.randomUUID() + "\"";
        String person = "{\"givenName\":\"Ana\",\"familyName\":\"Ortega\",\"category\":\"NATIONAL_STAFF\","
                + "\"orgUnit\":\"IBRD\",";
        return nulls.zip(SourceDSL.integers().between(0, 10), (list, kind) -> switch (kind) {
            case 0 -> new String[] {"/api/v1/missions", "members", "{\"name\":\"m\",\"members\":" + list
                    + ",\"legs\":[],\"stays\":[]}"};
            case 1 -> new String[] {"/api/v1/missions", "legs", "{\"name\":\"m\",\"members\":[" + id + "],\"legs\":"
                    + list + ",\"stays\":[]}"};
            case 2 -> new String[] {"/api/v1/missions", "stays", "{\"name\":\"m\",\"members\":[" + id + "],\"legs\":"
                    + "[],\"stays\":" + list + "}"};
            case 3 -> new String[] {"/api/v1/persons", "contacts", person + "\"contacts\":" + list + "}"};
            case 4 -> new String[] {"/api/v1/persons", "emergencyContacts", person + "\"emergencyContacts\":" + list
                    + "}"};
            case 5 -> new String[] {"/api/v1/residences", "household", "{\"occupant\":" + id + ",\"household\":" + list
                    + ",\"address\":{\"street\":\"s\",\"district\":\"d\",\"city\":\"c\",\"country\":\"MX\"},"
                    + "\"location\":{\"latitude\":19.4,\"longitude\":-99.1},\"movedIn\":\"2026-01-01T00:00:00Z\"}"};
            case 6 -> new String[] {"/api/v1/warden-zones", "outline", "{\"id\":\"CDMX-X\",\"name\":\"z\","
                    + "\"outline\":" + list + ",\"warden\":" + id + ",\"alternates\":[]}"};
            case 7 -> new String[] {"/api/v1/locator/search", "area", "{\"area\":" + list + ",\"from\":"
                    + "\"2026-03-01T00:00:00Z\",\"to\":\"2026-03-02T00:00:00Z\"}"};
            case 8 -> new String[] {"/api/v1/roll-calls", "outline", "{\"description\":\"quake\",\"channels\":"
                    + "[\"SMS\"],\"wardenAfterMinutes\":15,\"officerAfterMinutes\":45,\"outline\":" + list + "}"};
            case 9 -> new String[] {"/api/v1/restricted-areas", "outline", "{\"name\":\"r\",\"outline\":" + list
                    + ",\"rules\":[\"FORBIDDEN\"],\"validFrom\":\"2026-03-01T00:00:00Z\"}"};
            default -> new String[] {"/api/v1/advisories", "channels", "{\"title\":\"t\",\"message\":\"m\","
                    + "\"severity\":\"WARNING\",\"audience\":{\"kind\":\"EVERYONE\"},\"channels\":" + list
                    + ",\"validFrom\":\"2026-03-01T00:00:00Z\",\"validTo\":\"2026-03-02T00:00:00Z\"}"};
        });
    }

    /** A 400 problem, no Java name, naming the list itself or one of its items ({@code list} or {@code list[i]...}). */
    private static void assertNamesWithin(Reply r, String list, String what) {
        assertThat(r.status()).as(what + " -> " + r.raw().body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.raw().body()).doesNotContain("Exception").doesNotContain("io.vigil.").doesNotContain("java.");
        List<String> fields = new java.util.ArrayList<>();
        for (JsonNode e : r.json().path("errors")) {
            fields.add(e.path("field").asText());
        }
        assertThat(fields).as(what + " -> " + r.raw().body())
                .anyMatch(f -> f.equals(list) || f.startsWith(list + "[") || f.startsWith(list + "."));
    }

    @Test
    void nulls_inside_any_list_are_400_naming_the_list() {
        Theories.qt(60).forAll(nullsInEveryList()).checkAssert(c -> {
            Reply r = fixture.client.post(ApiFixture.OFFICER, c[0], c[2]);
            assertNamesWithin(r, c[1], c[0] + " " + c[2]);
        });
    }

    /** Query parameters of the wrong kind or out of range: path with the value, the parameter named. */
    private static Gen<String[]> badQueryParameters() {
        Gen<String> notCategories = strings().basicMultilingualPlaneAlphabet().ofLengthBetween(1, 30)
                .assuming(w -> !w.isBlank() && java.util.Arrays.stream(io.vigil.people.domain.PersonCategory.values())
                        .noneMatch(c -> c.name().equalsIgnoreCase(w.strip())))
                .map(w -> java.net.URLEncoder.encode(w, java.nio.charset.StandardCharsets.UTF_8));
        Gen<String> badLimits = Generate.oneOf(SourceDSL.integers().between(Integer.MIN_VALUE, 0).map(i -> String.valueOf(i)),
                SourceDSL.integers().between(PageRequest.MAX_LIMIT + 1, Integer.MAX_VALUE).map(i -> String.valueOf(i)),
                Generate.pick(List.of("abc", "1.5", "-", "99999999999999999999")));
        Gen<String> badOffsets = Generate.oneOf(SourceDSL.integers().between(Integer.MIN_VALUE, -1).map(i -> String.valueOf(i)),
                Generate.pick(List.of("x", "1e3", "99999999999999999999")));
        Gen<String> lists = Generate.pick(List.of("/api/v1/persons", "/api/v1/missions", "/api/v1/assessments",
                "/api/v1/audit", "/api/v1/emergency-requests", "/api/v1/communication-tests"));
        return Generate.oneOf(
                notCategories.map(c -> new String[] {"/api/v1/persons?category=" + c, "category"}),
                lists.zip(badLimits, (path, limit) -> new String[] {path + "?limit=" + limit, "limit"}),
                lists.zip(badOffsets, (path, offset) -> new String[] {path + "?offset=" + offset, "offset"}));
    }

    @Test
    void query_parameters_of_the_wrong_kind_or_range_are_400_naming_the_parameter() {
        Theories.qt(100).forAll(badQueryParameters()).checkAssert(c -> {
            Reply r = fixture.client.get(ApiFixture.OFFICER, c[0]);
            assertNames(r, c[1], c[0]);
        });
    }

    /**
     * Requests over what the server takes: a URI, a header or a body too large for it. Each is sent on
     * a new connection (a client of its own): the server closes a connection after refusing such a
     * request, and a POST sent on a pooled connection the server has just closed fails in the client
     * ("header parser received no bytes") before any answer can be read, which is not what is tested.
     */
    @Test
    void a_uri_a_header_or_a_body_too_large_is_a_4xx_problem() {
        Theories.qt(12).forAll(SourceDSL.integers().between(0, 2), SourceDSL.integers().between(1, 4))
                .checkAssert((kind, scale) -> {
                    ApiClient client = new ApiClient(fixture.api.port());
                    Reply r = switch (kind) {
                        case 0 -> client.get(ApiFixture.OFFICER, "/api/v1/persons?q=" + "a".repeat(
                                10_000 * scale));
                        case 1 -> client.postWithHeaders("/api/v1/persons", "{}", Map.of("Authorization",
                                "Bearer " + ApiFixture.OFFICER, "X-Padding", "b".repeat(10_000 * scale)));
                        default -> client.post(ApiFixture.OFFICER, "/api/v1/persons", "{\"givenName\":\""
                                + "c".repeat(1_000_000 * scale) + "\"}");
                    };
                    assertThat(r.status()).as(kind + " x" + scale).isIn(413, 414, 431);
                    assertThat(r.contentType()).as(kind + " x" + scale).startsWith("application/problem+json");
                    assertThat(r.raw().body()).doesNotContain("Exception").doesNotContain("java.");
                });
    }

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** A span inside the instant window longer than {@code max}: its start and its end. */
    private static Gen<Instant[]> spansLongerThan(Duration max) {
        long longest = Duration.between(EARLIEST, LATEST).minus(max).getSeconds();
        Gen<Long> over = Generate.oneOf(SourceDSL.longs().between(1, 86_400L * 30),
                SourceDSL.longs().between(1, longest));
        return over.zip(SourceDSL.longs().between(0, Long.MAX_VALUE), (extra, seed) -> {
            Duration length = max.plusSeconds(extra);
            long room = Duration.between(EARLIEST, LATEST).minus(length).getSeconds();
            Instant start = EARLIEST.plusSeconds(Math.floorMod(seed, room + 1));
            return new Instant[] {start, start.plus(length)};
        });
    }

    private static final String PLACE = "{\"name\":\"%s\",\"point\":{\"latitude\":19.4,\"longitude\":-99.1}}";

    /** A body with a span too long for the use cases, at a path, naming the end of the span. */
    private static Gen<DatedBody> overLongSpans() {
        // a person who exists, so that only the span can be refused
        String member = fixture.staffPerson.toString();
        Gen<DatedBody> legs = spansLongerThan(Duration.ofDays(366)).map(span -> new DatedBody("/api/v1/missions",
                "legs[0].arrival", "{\"name\":\"m\",\"members\":[\"" + member + "\"],\"legs\":[{\"mode\":\"FLIGHT\","
                + "\"from\":" + String.format(PLACE, "A") + ",\"to\":" + String.format(PLACE, "B")
                + ",\"departure\":\"" + span[0] + "\",\"arrival\":\"" + span[1] + "\"}],\"stays\":[]}"));
        Gen<DatedBody> stays = spansLongerThan(Duration.ofDays(366)).map(span -> new DatedBody("/api/v1/missions",
                "stays[0].checkOut", "{\"name\":\"m\",\"members\":[\"" + member + "\"],\"legs\":[],\"stays\":[{"
                + "\"hotel\":" + String.format(PLACE, "H") + ",\"checkIn\":\"" + span[0] + "\",\"checkOut\":\""
                + span[1] + "\"}]}"));
        Gen<DatedBody> presences = spansLongerThan(Duration.ofHours(50 * 8_766L)).map(span -> new DatedBody(
                "/api/v1/presences", "departure", "{\"person\":\"" + member + "\",\"arrival\":\"" + span[0]
                + "\",\"departure\":\"" + span[1] + "\"}"));
        return Generate.oneOf(legs, stays, presences);
    }

    @Test
    void spans_longer_than_the_limits_are_400_naming_their_end() {
        Theories.qt(100).forAll(overLongSpans()).checkAssert(body -> {
            Reply r = fixture.client.post(ApiFixture.OFFICER, body.path(), body.template());
            assertNames(r, body.field(), body.path() + " " + body.template());
        });
    }

    private static String repeat(String item, int times) {
        return String.join(",", java.util.Collections.nCopies(times, item));
    }

    private static String points(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            b.append(i == 0 ? "" : ",").append("{\"latitude\":").append(19.4 + 0.1 * Math.sin(angle))
                    .append(",\"longitude\":").append(-99.1 + 0.1 * Math.cos(angle)).append('}');
        }
        return b.toString();
    }

    /** A body with one list or string longer than its documented limit by {@code over}: path, field, body. */
    private static String[] overLong(int kind, int over) {
        String id = "\"" + UUID.randomUUID() + "\"";
        String person = "{\"givenName\":\"Ana\",\"familyName\":\"Ortega\",\"category\":\"NATIONAL_STAFF\","
                + "\"orgUnit\":\"IBRD\",";
        String leg = "{\"mode\":\"FLIGHT\",\"from\":" + String.format(PLACE, "A") + ",\"to\":" + String.format(PLACE, "B")
                + ",\"departure\":\"2026-03-01T00:00:00Z\",\"arrival\":\"2026-03-01T02:00:00Z\"}";
        String advisory = "{\"title\":\"t\",\"message\":\"m\",\"severity\":\"WARNING\",\"channels\":[\"SMS\"],"
                + "\"validFrom\":\"2026-03-01T00:00:00Z\",\"validTo\":\"2026-03-02T00:00:00Z\",\"audience\":";
        return switch (kind) {
            case 0 -> new String[] {"/api/v1/persons", "contacts", person + "\"contacts\":[" + repeat(
                    "{\"kind\":\"PHONE\",\"value\":\"+52 55 1234 5678\",\"label\":\"m\"}", 20 + over) + "]}"};
            case 1 -> new String[] {"/api/v1/persons", "emergencyContacts", person + "\"emergencyContacts\":["
                    + repeat("{\"name\":\"Eva\",\"relationship\":\"sister\",\"phone\":\"+52 55 1234 5678\"}",
                    10 + over) + "]}"};
            case 2 -> new String[] {"/api/v1/missions", "members", "{\"name\":\"m\",\"members\":["
                    + repeat(id, 200 + over) + "],\"legs\":[],\"stays\":[]}"};
            case 3 -> new String[] {"/api/v1/missions", "legs", "{\"name\":\"m\",\"members\":[" + id + "],\"legs\":["
                    + repeat(leg, 100 + over) + "],\"stays\":[]}"};
            case 4 -> new String[] {"/api/v1/residences", "household", "{\"occupant\":" + id + ",\"household\":["
                    + repeat(id, 30 + over) + "],\"address\":{\"street\":\"s\",\"district\":\"d\",\"city\":\"c\",\"country\":\"MX\"},"
                    + "\"location\":{\"latitude\":19.4,\"longitude\":-99.1},\"movedIn\":\"2026-01-01T00:00:00Z\"}"};
            case 5 -> new String[] {"/api/v1/advisories", "audience.area", advisory + "{\"kind\":\"AREA\",\"area\":["
                    + points(1000 + over) + "]}}"};
            case 6 -> new String[] {"/api/v1/advisories", "audience.category", advisory
                    + "{\"kind\":\"CATEGORY\",\"category\":\"" + "x".repeat(40 + over) + "\"}}"};
            case 7 -> new String[] {"/api/v1/assessments", "risks[0].measures", "{\"title\":\"t\",\"area\":["
                    + points(3) + "],\"validFrom\":\"2026-01-01T00:00:00Z\",\"validTo\":\"2026-12-31T00:00:00Z\","
                    + "\"risks\":[{\"category\":\"CRIME\",\"threat\":\"robbery\",\"likelihood\":\"LIKELY\","
                    + "\"impact\":\"MODERATE\",\"treatment\":\"CONTROL\",\"measures\":[" + repeat("{\"description\":"
                    + "\"d\",\"owner\":\"o\",\"due\":\"2026-06-01T00:00:00Z\",\"status\":\"PLANNED\"}", 50 + over)
                    + "],\"residualLikelihood\":\"LIKELY\",\"residualImpact\":\"MODERATE\"}],\"criticality\":\"PC3\","
                    + "\"reviewDue\":\"2026-02-01T00:00:00Z\"}"};
            default -> new String[] {"/api/v1/inbound/sms/" + ApiFixture.OFFICE.value(), "from",
                    "{\"from\":\"+" + "5".repeat(40 + over) + "\",\"text\":\"1\"}"};
        };
    }

    private static final java.util.concurrent.atomic.AtomicLong signed = new java.util.concurrent.atomic.AtomicLong();

    @Test
    void lists_and_strings_longer_than_their_limits_are_400_naming_the_field() {
        Gen<Integer> over = Generate.oneOf(SourceDSL.integers().between(1, 3), SourceDSL.integers().between(4, 400));
        Theories.qt(80).forAll(SourceDSL.integers().between(0, 8), over).checkAssert((kind, by) -> {
            String[] c = overLong(kind, by);
            Reply r;
            if (c[0].startsWith("/api/v1/inbound/sms/")) {
                // a fresh timestamp each time, so that no signature is a replay of an earlier one
                String timestamp = Long.toString(fixture.clock.instant().getEpochSecond() - signed.getAndIncrement() % 290);
                r = fixture.client.postWithHeaders(c[0], c[2], Map.of(WebhookSignature.TIMESTAMP_HEADER, timestamp,
                        WebhookSignature.SIGNATURE_HEADER, new WebhookSignature(ApiFixture.SMS_SECRET).sign(timestamp,
                                ApiFixture.OFFICE.value(), c[2])));
            } else {
                r = fixture.client.post(ApiFixture.OFFICER, c[0], c[2]);
            }
            assertNames(r, c[1], c[0] + " " + c[2].substring(0, Math.min(300, c[2].length())));
        });
    }
}
