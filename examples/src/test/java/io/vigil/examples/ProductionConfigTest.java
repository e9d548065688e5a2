package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.kernel.access.Actor;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference app outside the demo: its own tokens, no demo data, and refusals to start that name the variable. */
class ProductionConfigTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OFFICER = "officer-token-0123456789abcdef";
    private static final String STAFF = "staff-token-0123456789abcdef";
    private static final String STAFF_PERSON = "7d3f1c2e-4b5a-4c6d-8e9f-0a1b2c3d4e5f";
    private final HttpClient http = HttpClient.newHttpClient();

    private record Reply(int status, String contentType, JsonNode body) {
    }

    private Reply get(int port, String token, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), JSON.readTree(r.body()));
    }

    private static Path tokens(Path dir, String... lines) throws IOException {
        return Files.write(dir.resolve("tokens.txt"), List.of(lines), StandardCharsets.UTF_8);
    }

    private static Map<String, String> env(Path dir, String... more) {
        Map<String, String> env = new HashMap<>(Map.of("VIGIL_DATA_DIR", dir.resolve("data").toString(),
                "VIGIL_PORT", "0", "VIGIL_HOST", "127.0.0.1"));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    @ParameterizedTest(name = "VIGIL_STORE={0}")
    @ValueSource(strings = {"jdbc", "files"})
    void without_VIGIL_DEMO_nothing_is_seeded_and_only_the_files_tokens_are_accepted_exactly(String store,
            @TempDir Path dir) throws Exception {
        Path file = tokens(dir, "# token subject office roles [person]", "",
                OFFICER + "  officer@example.org MX-MEX SECURITY_OFFICER",
                STAFF + "\tstaff@example.org MX-MEX STAFF " + STAFF_PERSON);
        try (ReferenceApp app = ReferenceApp.start(AppConfig.fromEnvironment(env(dir, "VIGIL_STORE", store,
                "VIGIL_TOKENS_FILE", file.toString())))) {
            Reply persons = get(app.port(), OFFICER, "/api/v1/persons?limit=1");
            assertThat(persons.status()).isEqualTo(200);
            assertThat(persons.body().path("total").asLong()).as("no demo office seeded").isZero();
            assertThat(get(app.port(), OFFICER, "/api/v1/assessments").body().path("total").asLong()).isZero();
            assertThat(get(app.port(), OFFICER, "/api/v1/audit?limit=1").status()).as("the officer's role")
                    .isEqualTo(200);
            assertThat(get(app.port(), STAFF, "/api/v1/audit?limit=1").status()).as("staff's role").isEqualTo(403);
            for (String refused : List.of("demo-officer", "demo-soc", OFFICER.toUpperCase(), OFFICER + "x",
                    OFFICER.substring(1), "officer@example.org")) {
                assertThat(get(app.port(), refused, "/api/v1/persons?limit=1").status()).as(refused).isEqualTo(401);
            }
        }
    }

    @Test
    void with_VIGIL_DEMO_true_the_files_tokens_and_the_demo_tokens_are_both_accepted(@TempDir Path dir)
            throws Exception {
        Path file = tokens(dir, OFFICER + " officer@example.org MX-MEX SECURITY_OFFICER");
        try (ReferenceApp app = ReferenceApp.start(AppConfig.fromEnvironment(env(dir, "VIGIL_STORE", "files",
                "VIGIL_DEMO", "true", "VIGIL_TOKENS_FILE", file.toString())))) {
            assertThat(get(app.port(), "demo-officer", "/api/v1/persons?limit=1").body().path("total").asLong())
                    .as("the demo office").isPositive();
            assertThat(get(app.port(), OFFICER, "/api/v1/persons?limit=1").status()).isEqualTo(200);
        }
    }

    @Test
    void without_a_token_source_or_with_the_demo_secret_outside_the_demo_the_config_is_refused(@TempDir Path dir)
            throws Exception {
        assertThatThrownBy(() -> AppConfig.fromEnvironment(env(dir))).hasMessageContaining("VIGIL_TOKENS_FILE")
                .hasMessageContaining("VIGIL_DEMO=true");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(env(dir, "VIGIL_DEMO", "false")))
                .hasMessageContaining("VIGIL_TOKENS_FILE");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(env(dir, "VIGIL_DEMO", "yes")))
                .hasMessageContaining("VIGIL_DEMO").hasMessageContaining("true or false");
        String file = tokens(dir, OFFICER + " officer@example.org MX-MEX SECURITY_OFFICER").toString();
        assertThatThrownBy(() -> AppConfig.fromEnvironment(env(dir, "VIGIL_TOKENS_FILE", file,
                "VIGIL_SMS_SECRET", AppConfig.DEMO_SMS_SECRET))).hasMessageContaining("VIGIL_SMS_SECRET")
                .hasMessageContaining("demo");
        assertThat(AppConfig.fromEnvironment(env(dir, "VIGIL_TOKENS_FILE", file)).smsSecret())
                .as("outside the demo there is no default secret").isEmpty();
        assertThat(AppConfig.fromEnvironment(env(dir, "VIGIL_TOKENS_FILE", file, "VIGIL_SMS_SECRET",
                "a-secret-of-our-own-0123")).smsSecret()).contains("a-secret-of-our-own-0123");
        assertThat(AppConfig.fromEnvironment(env(dir, "VIGIL_DEMO", "true")).smsSecret())
                .contains(AppConfig.DEMO_SMS_SECRET);
    }

    @Test
    void a_faulty_tokens_file_is_refused_naming_the_variable_and_the_line(@TempDir Path dir) throws Exception {
        String good = OFFICER + " officer@example.org MX-MEX SECURITY_OFFICER";
        Map<String, String> faults = Map.of(
                "short-token officer@example.org MX-MEX SECURITY_OFFICER", "at least 16 characters",
                "a-long-enough-token-123 officer@example.org MX-MEX SECURITY_OFFICER,ADMIN", "unknown role 'ADMIN'",
                "a-long-enough-token-123 staff@example.org MX-MEX STAFF", "STAFF",
                "a-long-enough-token-123 warden@example.org MX-MEX WARDEN " + STAFF_PERSON, "WARDEN",
                "a-long-enough-token-123 staff@example.org MX-MEX STAFF not-a-uuid", "personId",
                "a-long-enough-token-123 officer@example.org", "found 2 fields",
                good, "earlier line");
        for (Map.Entry<String, String> fault : faults.entrySet()) {
            Path file = tokens(dir, "# tokens", good, fault.getKey());
            AppConfig config = AppConfig.fromEnvironment(env(dir, "VIGIL_TOKENS_FILE", file.toString()));
            assertThatThrownBy(() -> ReferenceApp.start(config).close()).as(fault.getKey())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VIGIL_TOKENS_FILE")
                    .hasMessageContaining("line 3").hasMessageContaining(fault.getValue());
        }
        assertThat(dir.resolve("data")).as("refused before anything is stored").doesNotExist();
    }

    @Test
    void the_readmes_example_tokens_file_is_read_as_documented(@TempDir Path dir) throws Exception {
        Path readme = Path.of("").toAbsolutePath();
        while (!Files.exists(readme.resolve("README.md"))) {
            readme = readme.getParent();
        }
        String text = Files.readString(readme.resolve("README.md"));
        int section = text.indexOf("### Your own tokens");
        int start = text.indexOf("```text\n", section) + "```text\n".length();
        assertThat(section).as("the README documents the tokens file").isPositive();
        Path file = Files.writeString(dir.resolve("tokens.txt"), text.substring(start, text.indexOf("```", start)));
        Map<String, Actor> tokens = TokensFile.read(file);
        assertThat(tokens).hasSize(2);
        assertThat(tokens.values()).extracting(a -> a.roles().toString()).containsExactly("[SECURITY_OFFICER]",
                "[STAFF]");
        assertThat(tokens.values()).allMatch(a -> a.office().value().equals("MX-MEX"));
    }

    @Test
    void by_default_the_app_listens_on_the_loopback_interface_only(@TempDir Path dir) throws Exception {
        Map<String, String> env = env(dir, "VIGIL_DEMO", "true", "VIGIL_STORE", "files");
        env.remove("VIGIL_HOST");
        AppConfig config = AppConfig.fromEnvironment(env);
        assertThat(config.host()).isEqualTo("127.0.0.1");
        try (ReferenceApp app = ReferenceApp.start(config)) {
            try (Socket loopback = new Socket("127.0.0.1", app.port())) {
                assertThat(loopback.isConnected()).isTrue();
            }
            // 127.0.0.2 reaches a socket bound to every interface, not one bound to 127.0.0.1
            assertThatThrownBy(() -> new Socket("127.0.0.2", app.port()).close())
                    .isInstanceOf(ConnectException.class);
        }
        env.put("VIGIL_HOST", "0.0.0.0");
        try (ReferenceApp app = ReferenceApp.start(AppConfig.fromEnvironment(env));
             Socket everyInterface = new Socket("127.0.0.2", app.port())) {
            assertThat(everyInterface.isConnected()).as("VIGIL_HOST=0.0.0.0 listens on every interface").isTrue();
        }
    }

    @Test
    void the_app_exits_with_code_2_and_names_the_variable_when_it_has_no_token_source(@TempDir Path dir)
            throws Exception {
        Run run = Run.main(env(dir));
        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("Vigil cannot start").contains("VIGIL_TOKENS_FILE").doesNotContain("\tat ");
    }

    @Test
    void a_busy_port_is_refused_naming_VIGIL_PORT_before_anything_is_migrated_or_seeded(@TempDir Path dir)
            throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            String port = Integer.toString(taken.getLocalPort());
            AppConfig config = AppConfig.fromEnvironment(env(dir, "VIGIL_DEMO", "true", "VIGIL_PORT", port));
            assertThatThrownBy(() -> ReferenceApp.start(config).close()).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("VIGIL_PORT " + port + " is in use");
            assertThat(dir.resolve("data")).as("no database created, nothing seeded").doesNotExist();

            Run run = Run.main(env(dir, "VIGIL_DEMO", "true", "VIGIL_PORT", port, "VIGIL_STORE", "files"));
            assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
            assertThat(run.output()).contains("Vigil cannot start: VIGIL_PORT " + port + " is in use")
                    .doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(dir.resolve("data")).as("no JSON files written, nothing seeded").doesNotExist();
        }
    }

    @Test
    void health_is_503_DOWN_once_the_database_cannot_be_reached(@TempDir Path dir) throws Exception {
        Path file = tokens(dir, OFFICER + " officer@example.org MX-MEX SECURITY_OFFICER");
        try (ReferenceApp app = ReferenceApp.start(AppConfig.fromEnvironment(env(dir, "VIGIL_TOKENS_FILE",
                file.toString())))) {
            Reply up = get(app.port(), null, "/api/v1/health");
            assertThat(up.status()).isEqualTo(200);
            assertThat(up.body().path("status").asText()).isEqualTo("UP");

            app.dataSource().orElseThrow().close();
            Reply down = get(app.port(), null, "/api/v1/health");
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.contentType()).startsWith("application/json");
            assertThat(down.body().path("status").asText()).isEqualTo("DOWN");
            assertThat(down.body().path("version").asText()).isNotBlank();
        }
    }

    @Test
    void health_is_503_DOWN_while_the_json_directory_cannot_be_written_and_UP_again_after(@TempDir Path dir)
            throws Exception {
        Path file = tokens(dir, OFFICER + " officer@example.org MX-MEX SECURITY_OFFICER");
        try (ReferenceApp app = ReferenceApp.start(AppConfig.fromEnvironment(env(dir, "VIGIL_TOKENS_FILE",
                file.toString(), "VIGIL_STORE", "files")))) {
            Path json = dir.resolve("data").resolve("json");
            assertThat(get(app.port(), null, "/api/v1/health").status()).as("a fresh, empty directory").isEqualTo(200);

            Path away = Files.move(json, dir.resolve("json-away"));
            Files.writeString(json, "not a directory");
            Reply down = get(app.port(), null, "/api/v1/health");
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.body().path("status").asText()).isEqualTo("DOWN");

            Files.delete(json);
            Files.move(away, json);
            Reply up = get(app.port(), null, "/api/v1/health");
            assertThat(up.status()).isEqualTo(200);
            assertThat(up.body().path("status").asText()).isEqualTo("UP");
        }
    }

    @Test
    void the_openapi_document_gives_the_health_routes_503_as_a_health_resource(@TempDir Path dir) throws Exception {
        Path file = tokens(dir, OFFICER + " officer@example.org MX-MEX SECURITY_OFFICER");
        try (ReferenceApp app = ReferenceApp.start(AppConfig.fromEnvironment(env(dir, "VIGIL_TOKENS_FILE",
                file.toString(), "VIGIL_STORE", "files")))) {
            JsonNode responses = get(app.port(), null, "/api/v1/openapi.json").body().path("paths")
                    .path("/api/v1/health").path("get").path("responses");
            assertThat(responses.path("503").path("content").path("application/json").path("schema").path("$ref")
                    .asText()).endsWith("/HealthResource");
            assertThat(responses.path("200").path("content").path("application/json").path("schema").path("$ref")
                    .asText()).endsWith("/HealthResource");
        }
    }

    /** The app's {@code main} in a child JVM on this test's class path, with the given environment. */
    record Run(int exitCode, String output) {
        static Run main(Map<String, String> env) throws IOException, InterruptedException {
            Path log = Files.createTempFile("vigil-main", ".log");
            try {
                ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-cp", System.getProperty("java.class.path"), ReferenceApp.class.getName())
                        .redirectErrorStream(true).redirectOutput(log.toFile());
                builder.environment().keySet().removeIf(name -> name.startsWith("VIGIL_"));
                builder.environment().putAll(env);
                Process process = builder.start();
                boolean exited = process.waitFor(60, TimeUnit.SECONDS);
                if (!exited) {
                    process.destroyForcibly().waitFor();
                }
                String output = Files.readString(log);
                if (!exited) {
                    throw new AssertionError("the app did not exit: " + output);
                }
                return new Run(process.exitValue(), output);
            } finally {
                Files.deleteIfExists(log);
            }
        }
    }
}
