package io.vigil.rest.identity;

import io.vigil.kernel.Require;
import java.time.Duration;

/**
 * What a bearer JWT must be to be accepted: issued by {@code issuer} (the {@code iss} claim, exactly),
 * for {@code audience} (one of the {@code aud} values), within its {@code exp} and {@code nbf}
 * give or take {@code clockSkew} (0 to 5 minutes, default 60 s), signed with RS256 or ES256 by a key
 * of the issuer's key set; and how its claims map to an actor.
 */
public record JwtSettings(String issuer, String audience, Duration clockSkew, ClaimMapping claims) {
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    public JwtSettings {
        issuer = Require.text(issuer, "issuer", 2_000);
        audience = Require.text(audience, "audience", 2_000);
        Require.nonNull(clockSkew, "clockSkew");
        Require.that(!clockSkew.isNegative() && clockSkew.compareTo(MAX_CLOCK_SKEW) <= 0, "clockSkew",
                "must be between 0 and 5 minutes, was " + clockSkew);
        Require.nonNull(claims, "claims");
    }

    /** With the default clock skew. */
    public JwtSettings(String issuer, String audience, ClaimMapping claims) {
        this(issuer, audience, DEFAULT_CLOCK_SKEW, claims);
    }
}
