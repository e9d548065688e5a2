package io.vigil.rest;

import io.javalin.http.Context;
import io.vigil.kernel.access.Actor;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The actor of a request's bearer token, or a problem: 401 for a missing, unknown or invalid
 * token (counted against the client's address), 403 for a valid token whose claims make no
 * actor, 429 with {@code Retry-After} while the address has used up its failed authentications.
 */
final class Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);
    private static final String PREFIX = "Bearer ";

    private final BearerTokens tokens;
    private final FailedAuthentications failures;
    private final AuthenticationLimits limits;

    Authenticator(BearerTokens tokens, AuthenticationLimits limits, Clock clock) {
        this.tokens = tokens;
        this.limits = limits;
        this.failures = new FailedAuthentications(limits, clock);
    }

    Actor actor(Context ctx) {
        String client = ctx.ip();
        Optional<Duration> refused = failures.refusedFor(client);
        if (refused.isPresent()) {
            long seconds = Math.max(1, (refused.get().toMillis() + 999) / 1000);
            ctx.header("Retry-After", Long.toString(seconds));
            throw new ApiException(429, "Too many requests", "too many failed authentications from this address"
                    + " (" + limits.maxFailures() + " in " + limits.window().toSeconds() + " s): retry after "
                    + seconds + " s");
        }
        try {
            return authenticate(ctx.header("Authorization"));
        } catch (ApiException e) {
            if (e.status() == 401 && failures.failed(client)) {
                LOG.warn("{} failed authentications from {} within {} s: its requests are refused (429) until the"
                        + " window ends", limits.maxFailures(), client, limits.window().toSeconds());
            }
            throw e;
        }
    }

    /** How many client addresses are tracked (for tests). */
    int tracked() {
        return failures.tracked();
    }

    private Actor authenticate(String header) {
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                || header.length() <= PREFIX.length()) {
            throw new ApiException(401, "Unauthorized", "send the header Authorization: Bearer <token>");
        }
        Optional<Actor> actor;
        try {
            actor = tokens.actorFor(header.substring(PREFIX.length()).strip());
        } catch (TokenRefusedException e) {
            if (e.status() == 403) {
                throw new ApiException(403, "Forbidden", "the bearer token is valid but its claims make no actor: "
                        + e.getMessage());
            }
            throw new ApiException(401, "Unauthorized", "the bearer token " + e.getMessage());
        }
        return actor.orElseThrow(() -> new ApiException(401, "Unauthorized",
                "the bearer token is unknown, expired or revoked"));
    }
}
