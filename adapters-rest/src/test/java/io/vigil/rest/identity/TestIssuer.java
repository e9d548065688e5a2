package io.vigil.rest.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * An identity provider made by the test: RSA and EC signing keys it generates, its key set served
 * over HTTP on the loopback address (counting the fetches), and tokens it signs.
 */
final class TestIssuer implements AutoCloseable {
    static final String ISSUER = "https://idp.test/realms/vigil";
    static final String AUDIENCE = "vigil-api";

    private static final RSAKey RSA = rsa("rsa-1");
    private static final ECKey EC = ec("ec-1");
    final RSAKey rsa = RSA;
    final ECKey ec = EC;
    private volatile List<JWK> published = List.of(rsa.toPublicJWK(), ec.toPublicJWK());
    final AtomicInteger fetches = new AtomicInteger();
    private final HttpServer server;

    TestIssuer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            byte[] body = new JWKSet(published).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/jwk-set+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    static RSAKey rsa(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static ECKey ec(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    URI jwks() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks");
    }

    /** Replaces the published public keys (a rotation). */
    void publish(JWK... keys) {
        List<JWK> list = new ArrayList<>();
        for (JWK key : keys) {
            list.add(key.toPublicJWK());
        }
        published = List.copyOf(list);
    }

    /** The claims of a valid officer's token at {@code now}: issuer, audience, an hour's lifetime, a mapped role. */
    static JWTClaimsSet.Builder claims(Instant now) {
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject("ana.ruiz@example.org")
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("vigil_office", "MX-MEX").claim("realm_access", Map.of("roles", List.of("offline_access",
                        "vigil-officer")));
    }

    static String sign(JWK key, JWTClaimsSet claims) {
        return sign(key, claims, header -> { });
    }

    /** Signs with the key's algorithm (RS256 or ES256) under its key id; {@code header} may change the header. */
    static String sign(JWK key, JWTClaimsSet claims, Consumer<JWSHeader.Builder> header) {
        try {
            JWSAlgorithm alg = key instanceof ECKey ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256;
            JWSSigner signer = key instanceof ECKey e ? new ECDSASigner(e) : new RSASSASigner((RSAKey) key);
            JWSHeader.Builder builder = new JWSHeader.Builder(alg).keyID(key.getKeyID());
            header.accept(builder);
            SignedJWT jwt = new SignedJWT(builder.build(), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
