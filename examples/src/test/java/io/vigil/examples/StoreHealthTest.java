package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The health check's probe: an answer is UP, a failure or no answer within the limit is DOWN. */
class StoreHealthTest {

    @Test
    void a_probe_that_answers_is_up_and_one_that_fails_is_down() {
        try (StoreHealth up = new StoreHealth(() -> null, Duration.ofSeconds(5));
             StoreHealth down = new StoreHealth(() -> {
                 throw new SQLException("connection refused");
             }, Duration.ofSeconds(5))) {
            assertThat(up.storesUp()).isTrue();
            assertThat(down.storesUp()).isFalse();
        }
    }

    @Test
    void a_probe_that_hangs_is_down_and_later_checks_share_it_rather_than_pile_up() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger probes = new AtomicInteger();
        try (StoreHealth hung = new StoreHealth(() -> {
            probes.incrementAndGet();
            release.await();
            return null;
        }, Duration.ofMillis(100))) {
            assertThat(hung.storesUp()).isFalse();
            assertThat(hung.storesUp()).isFalse();
            assertThat(probes).as("one probe, still running").hasValue(1);
            release.countDown();
            assertThat(hung.storesUp()).as("the store answers again").isTrue();
        }
    }
}
