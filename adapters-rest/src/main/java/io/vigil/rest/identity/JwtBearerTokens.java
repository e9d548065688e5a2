package io.vigil.rest.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.vigil.kernel.access.Actor;
import io.vigil.rest.ApiException;
import io.vigil.rest.BearerTokens;
import io.vigil.rest.TokenRefusedException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Bearer JWTs of an OIDC / OAuth 2 identity provider (Nimbus JOSE + JWT): signed with RS256 or
 * ES256 by a key of the issuer's key set (unsigned, HMAC and other algorithms are refused), from
 * the configured issuer, for the configured audience, within {@code exp} and {@code nbf} give or
 * take the clock skew; their claims make the actor through the {@link ClaimMapping}. A token that
 * is not a JWT is not this source's (empty); a JWT it refuses throws {@link TokenRefusedException}
 * saying why, never echoing the token.
 */
public final class JwtBearerTokens implements BearerTokens {
    /** The longest token read: longer ones are refused unparsed. */
    public static final int MAX_TOKEN_CHARS = 8_192;
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    /** {@code typ} absent, {@code JWT} or {@code at+jwt} (RFC 9068 access tokens). */
    private static final DefaultJOSEObjectTypeVerifier<SecurityContext> TYPES = new DefaultJOSEObjectTypeVerifier<>(
            JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null);

    private final JwtSettings settings;
    private final Clock clock;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public JwtBearerTokens(JwtSettings settings, JWKSource<SecurityContext> keys, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        processor.setJWSTypeVerifier(TYPES);
        // issuer, audience and times are checked below, against the injected clock and with reasons of our own
        processor.setJWTClaimsSetVerifier(null);
    }

    @Override
    public Optional<Actor> actorFor(String token) {
        if (token.length() > MAX_TOKEN_CHARS) {
            throw TokenRefusedException.invalid("is longer than " + MAX_TOKEN_CHARS + " characters");
        }
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            return Optional.empty();
        }
        if (jwt instanceof PlainJWT) {
            throw TokenRefusedException.invalid("is unsigned (alg none); tokens must be signed with RS256 or ES256");
        }
        if (jwt instanceof EncryptedJWT || !(jwt instanceof SignedJWT signed)) {
            throw TokenRefusedException.invalid("is encrypted; tokens must be signed with RS256 or ES256");
        }
        if (!ALGORITHMS.contains(signed.getHeader().getAlgorithm())) {
            throw TokenRefusedException.invalid("is signed with an algorithm this API does not accept; it accepts"
                    + " RS256 and ES256");
        }
        try {
            TYPES.verify(signed.getHeader().getType(), null);
        } catch (BadJOSEException e) {
            throw TokenRefusedException.invalid("has a type (typ) other than JWT or at+jwt");
        }
        JWTClaimsSet claims = verified(signed);
        check(claims);
        return Optional.of(settings.claims().actor(claims.getClaims()));
    }

    private JWTClaimsSet verified(SignedJWT signed) {
        try {
            return processor.process(signed, null);
        } catch (BadJWTException e) {
            throw TokenRefusedException.invalid("has claims that are not a valid JWT claims set");
        } catch (BadJWSException e) {
            throw TokenRefusedException.invalid("has a signature that does not verify with the issuer's key");
        } catch (BadJOSEException e) {
            throw TokenRefusedException.invalid("names a key (kid) that the issuer's key set does not hold");
        } catch (KeySourceException e) {
            throw new ApiException(503, "Identity provider unavailable", "the identity provider's keys cannot be"
                    + " fetched; try again later");
        } catch (JOSEException e) {
            throw TokenRefusedException.invalid("has a signature that cannot be verified with the issuer's key");
        }
    }

    private void check(JWTClaimsSet claims) {
        if (!settings.issuer().equals(claims.getIssuer())) {
            throw TokenRefusedException.invalid("was not issued by the configured issuer (iss)");
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(settings.audience())) {
            throw TokenRefusedException.invalid("is not meant for this API: its audience (aud) does not name the"
                    + " configured audience");
        }
        Instant now = clock.instant();
        Date expiry = claims.getExpirationTime();
        if (expiry == null) {
            throw TokenRefusedException.invalid("has no expiry (exp)");
        }
        if (now.isAfter(expiry.toInstant().plus(settings.clockSkew()))) {
            throw TokenRefusedException.invalid("has expired (exp)");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && now.isBefore(notBefore.toInstant().minus(settings.clockSkew()))) {
            throw TokenRefusedException.invalid("is not valid yet (nbf)");
        }
    }
}
