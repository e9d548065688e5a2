package io.vigil.examples.console;

import io.vigil.kernel.Language;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The console's sessions, in memory: a random id (the cookie's value), a CSRF token every form
 * must carry, and, once signed in, the bearer token the viewer signed in with (kept here, never
 * sent to the browser; the actor is resolved from it on every request, as the API does), or the
 * actor an identity provider's ID token made (kept until that token expires). Sessions
 * before sign-in and signed-in sessions are bounded apart, so a flood of sign-in pages cannot push
 * out those signed in; the least recently used goes first. Signing in gives a new id.
 */
final class ConsoleSessions {
    /** The most signed-in sessions kept. */
    static final int MAX_SIGNED_IN = 10_000;
    /** The most sessions kept that have not signed in yet. */
    static final int MAX_ANONYMOUS = 1_000;
    /** A signed-in session unused this long is ended. */
    static final Duration IDLE = Duration.ofHours(8);
    /** A session that has not signed in is ended this long after it was last used. */
    static final Duration ANONYMOUS_IDLE = Duration.ofMinutes(30);

    /**
     * One session: its id, its CSRF token, the token it signed in with or the identity provider's
     * sign-in, the language the viewer's person prefers (read once, at sign-in), when it was last
     * used.
     */
    record Session(String id, String csrf, Optional<String> token, Optional<OidcSignIn.SignedIn> oidc,
                   Optional<Language> preferred, Instant seen) {
        boolean signedIn() {
            return token.isPresent() || oidc.isPresent();
        }

        /** Whether {@code given} is this session's CSRF token (compared in constant time). */
        boolean csrfMatches(String given) {
            return given != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                    given.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Map<String, Session> signedIn = lru(MAX_SIGNED_IN);
    private final Map<String, Session> anonymous = lru(MAX_ANONYMOUS);

    ConsoleSessions(Clock clock) {
        this.clock = clock;
    }

    /** The live session of this id, marked used now; empty if unknown or idle too long. */
    synchronized Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        for (Map<String, Session> sessions : java.util.List.of(signedIn, anonymous)) {
            Session s = sessions.get(id);
            if (s != null) {
                Duration idle = s.signedIn() ? IDLE : ANONYMOUS_IDLE;
                if (s.seen().plus(idle).isBefore(now) || s.oidc().filter(o -> !o.until().isAfter(now)).isPresent()) {
                    sessions.remove(id);
                    return Optional.empty();
                }
                Session used = new Session(s.id(), s.csrf(), s.token(), s.oidc(), s.preferred(), now);
                sessions.put(id, used);
                return Optional.of(used);
            }
        }
        return Optional.empty();
    }

    /** A new session that has not signed in. */
    synchronized Session start() {
        Session s = new Session(secret(), secret(), Optional.empty(), Optional.empty(), Optional.empty(), clock.instant());
        anonymous.put(s.id(), s);
        return s;
    }

    /** Ends {@code before} and starts a signed-in session with a new id and CSRF token. */
    synchronized Session signIn(Session before, String token, Optional<Language> preferred) {
        end(before.id());
        Session s = new Session(secret(), secret(), Optional.of(token), Optional.empty(), preferred, clock.instant());
        signedIn.put(s.id(), s);
        return s;
    }

    /**
     * Ends {@code before} and starts a session signed in through the identity provider, with a new
     * id and CSRF token; it ends when the ID token expires, or idle as any other.
     */
    synchronized Session signIn(Session before, OidcSignIn.SignedIn oidc, Optional<Language> preferred) {
        end(before.id());
        Session s = new Session(secret(), secret(), Optional.empty(), Optional.of(oidc), preferred, clock.instant());
        signedIn.put(s.id(), s);
        return s;
    }

    /** Ends the session of this id, if any. */
    synchronized void end(String id) {
        signedIn.remove(id);
        anonymous.remove(id);
    }

    /** How many sessions are kept now, signed in or not. */
    synchronized int size() {
        return signedIn.size() + anonymous.size();
    }

    private String secret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Map<String, Session> lru(int max) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
                return size() > max;
            }
        };
    }
}
