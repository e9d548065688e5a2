package io.vigil.rest;

import io.vigil.kernel.access.Actor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/** A fixed table of tokens (demos, tests, service accounts); compares tokens in constant time. */
public final class StaticBearerTokens implements BearerTokens {
    private final Map<String, Actor> actors;

    public StaticBearerTokens(Map<String, Actor> actors) {
        this.actors = Map.copyOf(actors);
    }

    @Override
    public Optional<Actor> actorFor(String token) {
        byte[] given = token.getBytes(StandardCharsets.UTF_8);
        Actor found = null;
        for (Map.Entry<String, Actor> e : actors.entrySet()) {
            if (MessageDigest.isEqual(given, e.getKey().getBytes(StandardCharsets.UTF_8))) {
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }
}
