package io.vigil.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.testkit.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The failed authentications of each client address in its window, for a bounded number of addresses. */
class FailedAuthenticationsTest {
    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");

    @Test
    void a_client_is_refused_once_it_used_up_its_failures_until_its_window_ends() {
        FailedAuthentications failures = new FailedAuthentications(new AuthenticationLimits(3, Duration.ofSeconds(60),
                100), clock);
        assertThat(failures.failed("10.0.0.1")).isFalse();
        clock.advance(Duration.ofSeconds(10));
        assertThat(failures.failed("10.0.0.1")).isFalse();
        assertThat(failures.refusedFor("10.0.0.1")).as("two of three").isEmpty();
        assertThat(failures.failed("10.0.0.1")).as("the third uses up the window").isTrue();
        assertThat(failures.refusedFor("10.0.0.1")).contains(Duration.ofSeconds(50));
        assertThat(failures.refusedFor("10.0.0.2")).as("another client").isEmpty();
        clock.advance(Duration.ofSeconds(49));
        assertThat(failures.refusedFor("10.0.0.1")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(failures.refusedFor("10.0.0.1")).as("the window has ended").isEmpty();
        assertThat(failures.failed("10.0.0.1")).as("a new window counts from one").isFalse();
    }

    @Test
    void many_addresses_keep_the_tracking_bounded_forgetting_the_oldest_windows_first() {
        FailedAuthentications failures = new FailedAuthentications(new AuthenticationLimits(1, Duration.ofHours(1),
                1_000), clock);
        for (int i = 0; i < 100_000; i++) {
            failures.failed("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
            assertThat(failures.tracked()).isLessThanOrEqualTo(1_000);
        }
        assertThat(failures.tracked()).isEqualTo(1_000);
        assertThat(failures.refusedFor("10.1.134.159")).as("the last address").isPresent();
        assertThat(failures.refusedFor("10.1.130.184")).as("the first address kept").isPresent();
        assertThat(failures.refusedFor("10.1.130.183")).as("forgotten").isEmpty();
        assertThat(failures.refusedFor("10.0.0.0")).as("the first of all, forgotten").isEmpty();
    }

    @Test
    void limits_out_of_their_bounds_are_refused_naming_the_field() {
        assertThatThrownBy(() -> new AuthenticationLimits(0, Duration.ofSeconds(60), 10)).hasMessageContaining(
                "maxFailures");
        assertThatThrownBy(() -> new AuthenticationLimits(5, Duration.ofDays(2), 10)).hasMessageContaining("window");
        assertThatThrownBy(() -> new AuthenticationLimits(5, Duration.ofSeconds(60), 2_000_000))
                .hasMessageContaining("maxClients");
        assertThat(AuthenticationLimits.defaults()).isEqualTo(new AuthenticationLimits(20, Duration.ofSeconds(60),
                10_000));
    }
}
