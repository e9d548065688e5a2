package io.vigil.rest.identity;

import static io.vigil.rest.identity.TestIssuer.claims;
import static io.vigil.rest.identity.TestIssuer.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.rest.ApiException;
import io.vigil.rest.TokenRefusedException;
import io.vigil.testkit.MutableClock;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bearer JWTs of an identity provider the test makes, against its key set served over HTTP or kept in a file. */
class JwtBearerTokensTest {
    static final OfficeId MEX = OfficeId.of("MX-MEX");
    static final ClaimMapping MAPPING = new ClaimMapping("sub", Optional.of("vigil_office"),
            Set.of(MEX, OfficeId.of("GT-GUA")), "realm_access.roles", Map.of("vigil-officer", Role.SECURITY_OFFICER,
            "vigil-staff", Role.STAFF, "vigil-warden", Role.WARDEN), "vigil_person", "vigil_zones");
    static final JwtSettings SETTINGS = new JwtSettings(TestIssuer.ISSUER, TestIssuer.AUDIENCE, Duration.ofSeconds(60),
            MAPPING);

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    private final Instant now = clock.instant();
    private final TestIssuer issuer = new TestIssuer();
    private final JwtBearerTokens tokens = new JwtBearerTokens(SETTINGS, new CachedKeySet(
            KeySetSource.url(issuer.jwks(), Duration.ofSeconds(5)), Duration.ofMinutes(10), Duration.ofSeconds(60),
            clock), clock);

    @AfterEach
    void stop() {
        issuer.close();
    }

    private TokenRefusedException refusal(String token) {
        TokenRefusedException e = catchThrowableOfType(TokenRefusedException.class, () -> tokens.actorFor(token));
        assertThat(e).as("refused").isNotNull();
        for (String part : token.split("\\.")) {
            if (part.length() > 3) {
                assertThat(e.getMessage()).as("never echoes the token").doesNotContain(part);
            }
        }
        return e;
    }

    private void assertInvalid(String token, String reason) {
        TokenRefusedException e = refusal(token);
        assertThat(e.status()).as(e.getMessage()).isEqualTo(401);
        assertThat(e.getMessage()).contains(reason);
    }

    private void assertUnmapped(String token, String reason) {
        TokenRefusedException e = refusal(token);
        assertThat(e.status()).as(e.getMessage()).isEqualTo(403);
        assertThat(e.getMessage()).contains(reason);
    }

    @Test
    void an_rs256_token_of_the_issuer_makes_the_mapped_actor() {
        Actor actor = tokens.actorFor(sign(issuer.rsa, claims(now).build())).orElseThrow();
        assertThat(actor).isEqualTo(Actor.of("ana.ruiz@example.org", MEX, Role.SECURITY_OFFICER));
    }

    @Test
    void an_es256_token_of_a_warden_names_the_person_and_the_zones() {
        PersonId person = PersonId.random();
        String token = sign(issuer.ec, claims(now).claim("vigil_office", "GT-GUA")
                .claim("realm_access", Map.of("roles", List.of("vigil-warden", "vigil-staff")))
                .claim("vigil_person", person.toString()).claim("vigil_zones", "Z-NORTE Z-SUR").build());
        Actor actor = tokens.actorFor(token).orElseThrow();
        assertThat(actor).isEqualTo(Actor.warden("ana.ruiz@example.org", OfficeId.of("GT-GUA"), person,
                Set.of(WardenZoneId.of("Z-NORTE"), WardenZoneId.of("Z-SUR"))));
    }

    @Test
    void an_expired_token_is_refused_beyond_the_clock_skew_and_accepted_within_it() {
        assertInvalid(sign(issuer.rsa, claims(now).expirationTime(Date.from(now.minusSeconds(61))).build()),
                "expired");
        assertThat(tokens.actorFor(sign(issuer.rsa, claims(now).expirationTime(Date.from(now.minusSeconds(59)))
                .build()))).isPresent();
        assertInvalid(sign(issuer.rsa, claims(now).expirationTime(null).build()), "no expiry");
    }

    @Test
    void a_token_not_yet_valid_is_refused_beyond_the_clock_skew_and_accepted_within_it() {
        assertInvalid(sign(issuer.rsa, claims(now).notBeforeTime(Date.from(now.plusSeconds(61))).build()),
                "not valid yet");
        assertThat(tokens.actorFor(sign(issuer.rsa, claims(now).notBeforeTime(Date.from(now.plusSeconds(59)))
                .build()))).isPresent();
    }

    @Test
    void a_token_of_another_issuer_or_for_another_audience_is_refused() {
        assertInvalid(sign(issuer.rsa, claims(now).issuer("https://idp.test/realms/other").build()), "issuer");
        assertInvalid(sign(issuer.rsa, claims(now).issuer(null).build()), "issuer");
        assertInvalid(sign(issuer.rsa, claims(now).audience("another-api").build()), "audience");
        assertInvalid(sign(issuer.rsa, claims(now).audience((String) null).build()), "audience");
    }

    @Test
    void a_token_signed_by_another_key_under_the_issuers_key_id_is_refused() {
        RSAKey impostor = TestIssuer.rsa(issuer.rsa.getKeyID());
        assertInvalid(sign(impostor, claims(now).build()), "signature that does not verify");
    }

    @Test
    void an_access_token_typed_at_jwt_is_accepted_and_a_token_of_another_type_refused() {
        assertThat(tokens.actorFor(sign(issuer.rsa, claims(now).build(), h -> h.type(new JOSEObjectType("at+jwt")))))
                .isPresent();
        assertInvalid(sign(issuer.rsa, claims(now).build(), h -> h.type(new JOSEObjectType("secevent+jwt"))), "typ");
    }

    @Test
    void an_unsigned_token_is_refused() {
        assertInvalid(new PlainJWT(claims(now).build()).serialize(), "unsigned");
    }

    @Test
    void an_hmac_token_keyed_with_the_issuers_public_key_is_refused() throws JOSEException {
        byte[] secret = issuer.rsa.toPublicJWK().toRSAPublicKey().getEncoded();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(issuer.rsa.getKeyID()).build(),
                claims(now).build());
        forged.sign(new MACSigner(secret));
        assertInvalid(forged.serialize(), "algorithm");
    }

    @Test
    void an_unknown_key_id_fetches_the_key_set_again_at_most_once_per_interval() {
        assertThat(tokens.actorFor(sign(issuer.rsa, claims(now).build()))).isPresent();
        assertThat(issuer.fetches.get()).isEqualTo(1);
        assertInvalid(sign(TestIssuer.rsa("made-up-1"), claims(now).build()), "kid");
        assertThat(issuer.fetches.get()).as("one fetch for the unknown key").isEqualTo(2);
        for (int i = 0; i < 5; i++) {
            assertInvalid(sign(TestIssuer.rsa("made-up-" + (i + 2)), claims(now).build()), "kid");
        }
        assertThat(issuer.fetches.get()).as("none more within the interval").isEqualTo(2);
        clock.advance(Duration.ofSeconds(61));
        assertInvalid(sign(TestIssuer.rsa("made-up-9"), claims(clock.instant()).build()), "kid");
        assertThat(issuer.fetches.get()).as("one more after the interval").isEqualTo(3);
    }

    @Test
    void a_rotated_key_is_fetched_when_a_token_names_it_and_the_retired_one_is_dropped_after_the_max_age() {
        assertThat(tokens.actorFor(sign(issuer.rsa, claims(now).build()))).isPresent();
        RSAKey next = TestIssuer.rsa("rsa-2");
        issuer.publish(issuer.rsa, next);
        assertThat(tokens.actorFor(sign(next, claims(now).build()))).as("the new key").isPresent();
        issuer.publish(next);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        Instant later = clock.instant();
        assertInvalid(sign(issuer.rsa, claims(later).build()), "kid");
        assertThat(tokens.actorFor(sign(next, claims(later).build()))).isPresent();
        assertThat(issuer.fetches.get()).isEqualTo(3);
    }

    @Test
    void claims_that_make_no_actor_are_refused_naming_the_claim() {
        assertUnmapped(sign(issuer.rsa, claims(now).subject(null).build()), "'sub'");
        assertUnmapped(sign(issuer.rsa, claims(now).claim("realm_access", null).build()), "'realm_access.roles'");
        assertUnmapped(sign(issuer.rsa, claims(now).claim("realm_access", Map.of("roles", List.of("offline_access",
                "SECURITY_OFFICER"))).build()), "'realm_access.roles'");
        assertUnmapped(sign(issuer.rsa, claims(now).claim("vigil_office", null).build()), "'vigil_office'");
        assertUnmapped(sign(issuer.rsa, claims(now).claim("vigil_office", "US-WAS").build()), "does not serve");
        assertUnmapped(sign(issuer.rsa, claims(now).claim("vigil_office", "mx mex").build()), "not an office id");
        JWTClaimsSet.Builder staff = claims(now).claim("realm_access", Map.of("roles", List.of("vigil-staff")));
        assertUnmapped(sign(issuer.rsa, staff.build()), "'vigil_person'");
        assertUnmapped(sign(issuer.rsa, staff.claim("vigil_person", "not-a-uuid").build()), "not a person id");
        assertUnmapped(sign(issuer.ec, claims(now).claim("realm_access", Map.of("roles", List.of("vigil-warden")))
                .claim("vigil_person", PersonId.random().toString()).build()), "'vigil_zones'");
    }

    @Test
    void a_token_that_is_no_jwt_is_left_to_other_sources_and_an_overlong_one_is_refused() {
        assertThat(tokens.actorFor("demo-officer")).isEmpty();
        assertThat(tokens.actorFor("a.b.c")).isEmpty();
        assertThat(issuer.fetches.get()).as("no key fetched for them").isZero();
        assertInvalid("x".repeat(JwtBearerTokens.MAX_TOKEN_CHARS + 1), "longer than");
    }

    @Test
    void an_unreachable_key_set_is_503_not_a_refusal_of_the_token() {
        issuer.close();
        JwtBearerTokens offline = new JwtBearerTokens(SETTINGS, new CachedKeySet(KeySetSource.url(
                URI.create(issuer.jwks().toString()), Duration.ofSeconds(2)), clock), clock);
        ApiException e = catchThrowableOfType(ApiException.class,
                () -> offline.actorFor(sign(issuer.rsa, claims(now).build())));
        assertThat(e.status()).isEqualTo(503);
    }

    @Test
    void a_key_set_kept_in_a_file_is_read_again_when_the_file_is_replaced(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("jwks.json"), new JWKSet(issuer.ec.toPublicJWK()).toString());
        JwtBearerTokens fromFile = new JwtBearerTokens(SETTINGS, new CachedKeySet(KeySetSource.file(file), clock),
                clock);
        assertThat(fromFile.actorFor(sign(issuer.ec, claims(now).build()))).isPresent();
        RSAKey next = TestIssuer.rsa("rsa-2");
        Files.writeString(file, new JWKSet(next.toPublicJWK()).toString());
        clock.advance(Duration.ofSeconds(61));
        assertThat(fromFile.actorFor(sign(next, claims(clock.instant()).build()))).isPresent();
    }
}
