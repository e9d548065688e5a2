package io.vigil.rest;

import io.vigil.kernel.access.Actor;
import java.util.Optional;

/** Inbound authentication: maps a bearer token to the actor it stands for. Hosts bind their own. */
public interface BearerTokens {
    /** The actor of a valid token; empty if the token is unknown, expired or revoked. */
    Optional<Actor> actorFor(String token);
}
