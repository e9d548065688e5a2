package io.vigil.rest.identity;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.vigil.kernel.Require;
import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An issuer's public keys, fetched from a {@link KeySetSource} and kept for {@code maxAge}; a
 * token naming a key the cached set does not hold (a rotation) makes it fetched again, at most
 * once per {@code minRefetchInterval}, so tokens with made-up key ids cannot flood the issuer. If a
 * fetch fails, the keys last fetched stay in use and the next try waits the same interval.
 */
public final class CachedKeySet implements JWKSource<SecurityContext> {
    private static final Logger LOG = LoggerFactory.getLogger(CachedKeySet.class);
    /** The most keys a key set may hold. */
    public static final int MAX_KEYS = 100;
    public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(10);
    public static final Duration DEFAULT_MIN_REFETCH_INTERVAL = Duration.ofSeconds(60);

    private final KeySetSource source;
    private final Duration maxAge;
    private final Duration minRefetchInterval;
    private final Clock clock;
    private JWKSet keys;
    private Instant fetchedAt;
    private Instant lastAttempt;
    private Instant lastUnknownKeyFetch;

    /**
     * @param maxAge             how long fetched keys are used before they are fetched again, 1 minute to 24 hours
     * @param minRefetchInterval the least time between two fetches, 1 second to 1 hour, at most {@code maxAge}
     */
    public CachedKeySet(KeySetSource source, Duration maxAge, Duration minRefetchInterval, Clock clock) {
        this.source = Require.nonNull(source, "source");
        Require.nonNull(maxAge, "maxAge");
        Require.nonNull(minRefetchInterval, "minRefetchInterval");
        Require.that(maxAge.compareTo(Duration.ofMinutes(1)) >= 0 && maxAge.compareTo(Duration.ofHours(24)) <= 0,
                "maxAge", "must be between 1 minute and 24 hours, was " + maxAge);
        Require.that(minRefetchInterval.compareTo(Duration.ofSeconds(1)) >= 0
                        && minRefetchInterval.compareTo(Duration.ofHours(1)) <= 0
                        && minRefetchInterval.compareTo(maxAge) <= 0, "minRefetchInterval",
                "must be between 1 second and 1 hour and at most maxAge, was " + minRefetchInterval);
        this.maxAge = maxAge;
        this.minRefetchInterval = minRefetchInterval;
        this.clock = Require.nonNull(clock, "clock");
    }

    /** With the default ages: kept 10 minutes, fetched at most once a minute. */
    public CachedKeySet(KeySetSource source, Clock clock) {
        this(source, DEFAULT_MAX_AGE, DEFAULT_MIN_REFETCH_INTERVAL, clock);
    }

    @Override
    public synchronized List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        Instant now = clock.instant();
        boolean fresh = false;
        if (keys == null || !now.isBefore(fetchedAt.plus(maxAge))) {
            fresh = fetch(now, lastAttempt);
        }
        List<JWK> found = selector.select(keys);
        if (found.isEmpty() && !fresh && fetchForUnknownKey(now)) {
            found = selector.select(keys);
        }
        return found;
    }

    /** Fetches the key set now unless a fetch was tried within the minimum interval; returns whether it did. */
    public synchronized boolean refresh() throws KeySourceException {
        return fetch(clock.instant(), lastAttempt);
    }

    /** A key the cached set does not hold: at most one fetch for such keys per interval. */
    private boolean fetchForUnknownKey(Instant now) throws KeySourceException {
        if (lastUnknownKeyFetch != null && now.isBefore(lastUnknownKeyFetch.plus(minRefetchInterval))) {
            return false;
        }
        lastUnknownKeyFetch = now;
        return fetch(now, null);
    }

    /** Fetches unless {@code previous} is within the interval; throws when there are no keys at all to use. */
    private boolean fetch(Instant now, Instant previous) throws KeySourceException {
        if (previous != null && now.isBefore(previous.plus(minRefetchInterval))) {
            if (keys == null) {
                throw new KeySourceException("the issuer's key set could not be fetched from " + source.describe());
            }
            return false;
        }
        lastAttempt = now;
        try {
            JWKSet fetched = JWKSet.parse(source.fetch()).toPublicJWKSet();
            if (fetched.getKeys().size() > MAX_KEYS) {
                throw new ParseException("it holds " + fetched.getKeys().size() + " keys, more than " + MAX_KEYS, 0);
            }
            keys = fetched;
            fetchedAt = now;
            return true;
        } catch (IOException | ParseException e) {
            if (keys == null) {
                throw new KeySourceException("the issuer's key set could not be fetched from " + source.describe()
                        + ": " + e.getMessage(), e);
            }
            LOG.warn("The issuer's key set could not be fetched again from {} ({}); the keys fetched at {} stay in"
                    + " use", source.describe(), e.getMessage(), fetchedAt);
            return false;
        }
    }
}
