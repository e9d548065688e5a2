package io.vigil.rest.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import io.vigil.rest.TokenRefusedException;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.generators.Theories;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** No tampered token is accepted: a bit flipped anywhere, or claims rewritten under the original signature. */
class TamperedTokenProperties {
    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    private final TestIssuer issuer = new TestIssuer();
    private final List<JWK> keys = List.of(issuer.rsa, issuer.ec);
    private final List<String> valid = keys.stream()
            .map(key -> TestIssuer.sign(key, TestIssuer.claims(clock.instant()).build())).toList();

    @TempDir
    Path dir;

    private JwtBearerTokens tokens() throws IOException {
        issuer.close();
        Path file = Files.writeString(dir.resolve("jwks.json"), new JWKSet(keys.stream().map(JWK::toPublicJWK)
                .toList()).toString());
        return new JwtBearerTokens(JwtBearerTokensTest.SETTINGS, new CachedKeySet(KeySetSource.file(file), clock),
                clock);
    }

    /** Accepted means an actor; a refusal, or "not a JWT", is fine; any other exception would be a 500. */
    private static void assertNotAccepted(JwtBearerTokens tokens, String tampered, String what) {
        Optional<?> actor;
        try {
            actor = tokens.actorFor(tampered);
        } catch (TokenRefusedException refused) {
            return;
        }
        assertThat(actor).as(what).isEmpty();
    }

    @Test
    void the_untampered_tokens_are_accepted() throws IOException {
        JwtBearerTokens tokens = tokens();
        valid.forEach(token -> assertThat(tokens.actorFor(token)).isPresent());
    }

    @Test
    void a_token_with_one_bit_flipped_anywhere_is_never_accepted() throws IOException {
        JwtBearerTokens tokens = tokens();
        Theories.qt(400).forAll(integers().between(0, valid.size() - 1), integers().between(0, 2),
                integers().between(0, 1_000_000), integers().between(0, 7)).checkAssert((which, segment, at, bit) -> {
                    String[] parts = valid.get(which).split("\\.");
                    byte[] bytes = new Base64URL(parts[segment]).decode();
                    int index = at % bytes.length;
                    bytes[index] ^= (byte) (1 << bit);
                    parts[segment] = Base64URL.encode(bytes).toString();
                    assertNotAccepted(tokens, String.join(".", parts), "segment " + segment + " byte " + index
                            + " bit " + bit);
                });
    }

    private static Gen<String> rewrittenClaims() {
        return Generate.pick(List.of(
                "{\"iss\":\"" + TestIssuer.ISSUER + "\",\"aud\":\"vigil-api\",\"sub\":\"ana.ruiz@example.org\","
                        + "\"exp\":4102444800,\"vigil_office\":\"MX-MEX\",\"realm_access\":{\"roles\":[\"vigil-officer\"]}}",
                "{\"iss\":\"" + TestIssuer.ISSUER + "\",\"aud\":\"vigil-api\",\"sub\":\"someone.else@example.org\","
                        + "\"exp\":1772370000,\"vigil_office\":\"MX-MEX\",\"realm_access\":{\"roles\":[\"vigil-officer\"]}}",
                "{\"iss\":\"" + TestIssuer.ISSUER + "\",\"aud\":\"vigil-api\",\"sub\":\"ana.ruiz@example.org\","
                        + "\"exp\":1772370000,\"vigil_office\":\"GT-GUA\",\"realm_access\":{\"roles\":[\"vigil-officer\"]}}"));
    }

    @Test
    void claims_rewritten_under_the_original_signature_are_never_accepted() throws IOException {
        JwtBearerTokens tokens = tokens();
        Theories.qt(30).forAll(integers().between(0, valid.size() - 1), rewrittenClaims()).checkAssert((which, json) -> {
            String[] parts = valid.get(which).split("\\.");
            parts[1] = Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
            assertNotAccepted(tokens, String.join(".", parts), json);
        });
    }
}
