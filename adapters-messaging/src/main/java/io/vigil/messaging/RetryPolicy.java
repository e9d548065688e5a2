package io.vigil.messaging;

import io.vigil.kernel.Require;
import java.time.Duration;

/**
 * How often and how patiently to try a delivery: up to {@code attempts} tries, waiting
 * {@code firstDelay} after the first failure and {@code factor} times longer after each next one,
 * never longer than {@code maxDelay} (exponential back-off).
 */
public record RetryPolicy(int attempts, Duration firstDelay, double factor, Duration maxDelay) {
    public RetryPolicy {
        Require.that(attempts >= 1 && attempts <= 20, "attempts must be between 1 and 20, was " + attempts);
        Require.nonNull(firstDelay, "firstDelay");
        Require.that(!firstDelay.isNegative(), "firstDelay must not be negative");
        Require.that(factor >= 1, "factor must be at least 1, was " + factor);
        Require.nonNull(maxDelay, "maxDelay");
        Require.that(maxDelay.compareTo(firstDelay) >= 0, "maxDelay must not be less than firstDelay");
    }

    /** Four tries, waiting 1 s, 2 s and 4 s between them. */
    public static RetryPolicy standard() {
        return new RetryPolicy(4, Duration.ofSeconds(1), 2, Duration.ofSeconds(30));
    }

    /** The wait after failed attempt {@code n} (1-based). */
    public Duration delayAfter(int n) {
        double millis = firstDelay.toMillis() * Math.pow(factor, n - 1);
        return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis((long) millis);
    }
}
