package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference app behind an identity provider (VIGIL_OIDC_*) and with its limit on failed authentications. */
class IdentityConfigTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISSUER = "https://login.example.org/realms/un";
    private static final String STAFF_PERSON = "7d3f1c2e-4b5a-4c6d-8e9f-0a1b2c3d4e5f";
    private static final RSAKey KEY = key();
    private final HttpClient http = HttpClient.newHttpClient();

    private record Reply(int status, String contentType, String retryAfter, JsonNode body) {
    }

    private static RSAKey key() {
        try {
            return new RSAKeyGenerator(2048).keyID("un-2026").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(JWTClaimsSet.Builder claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(),
                claims.build());
        jwt.sign(new RSASSASigner(KEY));
        return jwt.serialize();
    }

    private static JWTClaimsSet.Builder claims(String role) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience("vigil").subject("ana.ruiz@example.org")
                .expirationTime(Date.from(now.plusSeconds(600))).claim("groups", List.of("all-staff", role));
    }

    private Reply get(int port, String token, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("Retry-After").orElse(null), JSON.readTree(r.body()));
    }

    private static Map<String, String> env(Path dir, String... more) throws IOException {
        Path jwks = Files.writeString(dir.resolve("jwks.json"), new JWKSet(KEY.toPublicJWK()).toString());
        Map<String, String> env = new HashMap<>(Map.of("VIGIL_DATA_DIR", dir.resolve("data").toString(),
                "VIGIL_PORT", "0", "VIGIL_HOST", "127.0.0.1", "VIGIL_STORE", "files",
                "VIGIL_OIDC_ISSUER", ISSUER, "VIGIL_OIDC_AUDIENCE", "vigil", "VIGIL_OIDC_OFFICES", "MX-MEX",
                "VIGIL_OIDC_JWKS_FILE", jwks.toString(), "VIGIL_OIDC_ROLES_CLAIM", "groups",
                "VIGIL_OIDC_ROLE_MAP", "vigil-officers=SECURITY_OFFICER,vigil-staff=STAFF"));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    @Test
    void the_identity_providers_jwts_are_accepted_mapped_by_the_configuration(@TempDir Path dir) throws Exception {
        try (ReferenceApp app = ReferenceApp.start(AppConfig.fromEnvironment(env(dir)))) {
            int port = app.port();
            String officer = token(claims("vigil-officers"));
            assertThat(get(port, officer, "/api/v1/persons?limit=1").status()).isEqualTo(200);
            assertThat(get(port, officer, "/api/v1/audit?limit=1").status()).as("the officer's role").isEqualTo(200);
            String staff = token(claims("vigil-staff").claim("vigil_person", STAFF_PERSON));
            assertThat(get(port, staff, "/api/v1/audit?limit=1").status()).as("staff's role").isEqualTo(403);
            Reply expired = get(port, token(claims("vigil-officers").expirationTime(Date.from(Instant.now()
                    .minusSeconds(600)))), "/api/v1/persons");
            assertThat(expired.status()).isEqualTo(401);
            assertThat(expired.contentType()).startsWith("application/problem+json");
            assertThat(expired.body().path("detail").asText()).contains("expired");
            Reply unmapped = get(port, token(claims("vigil-auditors")), "/api/v1/persons");
            assertThat(unmapped.status()).isEqualTo(403);
            assertThat(unmapped.body().path("detail").asText()).contains("'groups'");
            assertThat(get(port, "demo-officer", "/api/v1/persons").status()).as("no demo tokens").isEqualTo(401);
        }
    }

    @Test
    void an_incomplete_or_faulty_identity_configuration_is_refused_naming_the_variables(@TempDir Path dir)
            throws Exception {
        Map<String, String> only = Map.of("VIGIL_OIDC_ISSUER", ISSUER);
        assertThatThrownBy(() -> AppConfig.fromEnvironment(only)).hasMessageContaining("incomplete")
                .hasMessageContaining("VIGIL_OIDC_AUDIENCE").hasMessageContaining("VIGIL_OIDC_OFFICES")
                .hasMessageContaining("VIGIL_OIDC_JWKS_URL or VIGIL_OIDC_JWKS_FILE");
        Map<String, Map<String, String>> faults = Map.of(
                "choose one", env(dir, "VIGIL_OIDC_JWKS_URL", "https://login.example.org/jwks"),
                "VIGIL_OIDC_ROLE_MAPS: not a known variable", env(dir, "VIGIL_OIDC_ROLE_MAPS", "a=STAFF"),
                "unknown role 'ADMIN'", env(dir, "VIGIL_OIDC_ROLE_MAP", "vigil-admins=ADMIN"),
                "VIGIL_OIDC_OFFICE_CLAIM", env(dir, "VIGIL_OIDC_OFFICES", "MX-MEX,GT-GUA"),
                "VIGIL_OIDC_OFFICES", env(dir, "VIGIL_OIDC_OFFICES", "mexico"),
                "VIGIL_OIDC_CLOCK_SKEW_SECONDS must be between 0 and 300", env(dir, "VIGIL_OIDC_CLOCK_SKEW_SECONDS",
                        "3600"),
                "VIGIL_AUTH_MAX_FAILURES must be between 1", env(dir, "VIGIL_AUTH_MAX_FAILURES", "0"),
                "VIGIL_AUTH_WINDOW_SECONDS must be a whole number", env(dir, "VIGIL_AUTH_WINDOW_SECONDS", "a minute"));
        faults.forEach((message, env) -> assertThatThrownBy(() -> AppConfig.fromEnvironment(env)).as(message)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message));
        AppConfig unreadable = AppConfig.fromEnvironment(env(dir, "VIGIL_OIDC_JWKS_FILE",
                dir.resolve("missing.json").toString()));
        assertThatThrownBy(() -> ReferenceApp.start(unreadable).close()).hasMessageContaining("VIGIL_OIDC_JWKS_FILE");
        assertThat(dir.resolve("data")).as("refused before anything is stored").doesNotExist();
    }

    @Test
    void the_failed_authentication_limit_is_configured_by_the_environment(@TempDir Path dir) throws Exception {
        try (ReferenceApp app = ReferenceApp.start(AppConfig.fromEnvironment(env(dir, "VIGIL_AUTH_MAX_FAILURES", "2",
                "VIGIL_AUTH_WINDOW_SECONDS", "600")))) {
            int port = app.port();
            assertThat(get(port, "wrong", "/api/v1/persons").status()).isEqualTo(401);
            assertThat(get(port, "wrong", "/api/v1/persons").status()).isEqualTo(401);
            Reply refused = get(port, token(claims("vigil-officers")), "/api/v1/persons");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(Integer.parseInt(refused.retryAfter())).isBetween(590, 600);
        }
    }
}
