package io.vigil.rest.identity;

import static io.vigil.rest.identity.TestIssuer.claims;
import static io.vigil.rest.identity.TestIssuer.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.rest.ApiClient;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.AuthenticationLimits;
import io.vigil.rest.BearerTokens;
import io.vigil.rest.HealthCheck;
import io.vigil.rest.RestApi;
import io.vigil.rest.RestApiSettings;
import io.vigil.rest.StaticBearerTokens;
import io.vigil.rest.people.PeopleApi;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API behind an identity provider's JWTs and a static service token, with a limit on failed authentications. */
class IdentityApiTest {
    private static final String SERVICE = "service-token-0123456789";
    private static final String PERSONS = "/api/v1/persons";

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    private final TestIssuer issuer = new TestIssuer();
    private RestApi api;
    private ApiClient client;

    @TempDir
    Path dir;

    private void start(AuthenticationLimits limits) {
        issuer.close();
        Path file;
        try {
            file = Files.writeString(dir.resolve("jwks.json"), new JWKSet(List.of(issuer.rsa.toPublicJWK(),
                    issuer.ec.toPublicJWK())).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        InMemoryVigil vigil = InMemoryVigil.create(clock);
        BearerTokens tokens = BearerTokens.anyOf(List.of(
                new StaticBearerTokens(Map.of(SERVICE, Actor.of("hr-feed", JwtBearerTokensTest.MEX, Role.INTEGRATION))),
                new JwtBearerTokens(JwtBearerTokensTest.SETTINGS, new CachedKeySet(KeySetSource.file(file), clock),
                        clock)));
        api = new RestApi(new RestApiSettings("127.0.0.1", 0), tokens,
                List.of(new PeopleApi(vigil.people(), vigil.audit(), clock, Optional.empty())), HealthCheck.apiOnly(),
                limits, clock).start();
        client = new ApiClient(api.port());
    }

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    private static void assertProblem(Reply r, int status, String detail, String token) {
        assertThat(r.status()).as(r.raw().body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("detail").asText()).contains(detail);
        assertThat(r.raw().body()).doesNotContain("Exception").doesNotContain("io.vigil.").doesNotContain("java.");
        if (token != null) {
            for (String part : token.split("\\.")) {
                assertThat(r.raw().body()).as("never echoes the token").doesNotContain(part);
            }
        }
    }

    private String officer() {
        return sign(issuer.rsa, claims(clock.instant()).build());
    }

    @Test
    void a_jwt_of_the_issuer_and_the_static_token_are_both_served() {
        start(AuthenticationLimits.defaults());
        assertThat(client.get(officer(), PERSONS).status()).isEqualTo(200);
        assertThat(client.get(sign(issuer.ec, claims(clock.instant()).build()), PERSONS).status()).isEqualTo(200);
        assertThat(client.get(SERVICE, PERSONS).status()).isEqualTo(200);
        assertThat(client.get(officer(), "/api/v1/audit").status()).as("the mapped officer's role").isEqualTo(200);
        assertThat(client.get(SERVICE, "/api/v1/audit").status()).isEqualTo(403);
    }

    @Test
    void a_refused_jwt_is_401_naming_why_and_one_whose_claims_make_no_actor_403() {
        start(AuthenticationLimits.defaults());
        String expired = sign(issuer.rsa, claims(clock.instant()).expirationTime(Date.from(clock.instant()
                .minusSeconds(3600))).build());
        Reply r = client.get(expired, PERSONS);
        assertProblem(r, 401, "the bearer token has expired", expired);
        assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
        String other = sign(TestIssuer.rsa("rsa-1"), claims(clock.instant()).build());
        assertProblem(client.get(other, PERSONS), 401, "signature", other);
        String unmapped = sign(issuer.rsa, claims(clock.instant()).claim("realm_access", Map.of("roles",
                List.of("offline_access"))).build());
        assertProblem(client.get(unmapped, PERSONS), 403, "'realm_access.roles'", unmapped);
    }

    @Test
    void successes_and_tokens_whose_claims_make_no_actor_do_not_count_as_failures() {
        start(new AuthenticationLimits(3, Duration.ofSeconds(60), 100));
        String unmapped = sign(issuer.rsa, claims(clock.instant()).claim("realm_access", Map.of("roles",
                List.of("offline_access"))).build());
        for (int i = 0; i < 10; i++) {
            assertThat(client.get(officer(), PERSONS).status()).isEqualTo(200);
            assertThat(client.get(unmapped, PERSONS).status()).isEqualTo(403);
        }
        assertThat(client.get(null, PERSONS).status()).isEqualTo(401);
        assertThat(client.get("wrong-token", PERSONS).status()).isEqualTo(401);
        assertThat(client.get(officer(), PERSONS).status()).as("two failures of three").isEqualTo(200);
    }
}
