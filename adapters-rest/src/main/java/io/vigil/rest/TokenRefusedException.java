package io.vigil.rest;

import io.vigil.kernel.VigilException;

/**
 * A bearer token recognised but refused, with the reason (never the token): 401 for a token that
 * does not prove who sent it (bad signature, expired, another issuer or audience), 403 for a valid
 * token whose claims do not make an actor (no mapped role, no office, a STAFF token without a person).
 */
public final class TokenRefusedException extends VigilException {
    private static final long serialVersionUID = 1L;

    private final int status;

    private TokenRefusedException(int status, String reason) {
        super(reason);
        this.status = status;
    }

    /** A token that does not authenticate its bearer (401); {@code reason} completes "the bearer token ...". */
    public static TokenRefusedException invalid(String reason) {
        return new TokenRefusedException(401, reason);
    }

    /** An authentic token whose claims map to no actor (403); {@code reason} says which claim and why. */
    public static TokenRefusedException unmapped(String reason) {
        return new TokenRefusedException(403, reason);
    }

    /** 401 or 403. */
    public int status() {
        return status;
    }
}
