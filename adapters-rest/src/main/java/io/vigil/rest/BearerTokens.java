package io.vigil.rest;

import io.vigil.kernel.access.Actor;
import java.util.List;
import java.util.Optional;

/** Inbound authentication: maps a bearer token to the actor it stands for. Hosts bind their own. */
public interface BearerTokens {
    /**
     * The actor of a valid token; empty if the token is unknown, expired or revoked. An
     * implementation that can say why it refuses a token it recognises throws
     * {@link TokenRefusedException} with the reason instead.
     */
    Optional<Actor> actorFor(String token);

    /**
     * The first of {@code sources} that knows the token (static service tokens beside an identity
     * provider's JWTs, say); a refusal by one of them ends the search.
     */
    static BearerTokens anyOf(List<? extends BearerTokens> sources) {
        List<BearerTokens> all = List.copyOf(sources);
        return token -> {
            for (BearerTokens source : all) {
                Optional<Actor> actor = source.actorFor(token);
                if (actor.isPresent()) {
                    return actor;
                }
            }
            return Optional.empty();
        };
    }
}
