package io.vigil.examples.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.port.in.RollCallStatus;
import io.vigil.examples.delivery.DeliveryOffice.Instance;
import io.vigil.jdbc.JdbcDataSources;
import io.vigil.jdbc.JdbcMigrations;
import io.vigil.messaging.Transport;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the reference app's default stores (JDBC on an embedded file database, its outbox a table),
 * starting a roll-call over a few hundred persons returns while the transport is stuck on the first
 * message: delivery runs in the background, and the status says what is queued and what was sent.
 */
class NonBlockingStartH2Test {
    private static final int PERSONS = 300;

    @Test
    void a_roll_call_start_returns_while_the_transport_is_blocked_and_delivery_finishes_in_the_background(
            @TempDir Path dir) throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch all = new CountDownLatch(PERSONS);
        AtomicInteger handed = new AtomicInteger();
        Transport stuck = m -> {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            handed.incrementAndGet();
            all.countDown();
        };
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try (HikariDataSource db = JdbcDataSources.h2File(dir)) {
            JdbcMigrations.migrate(db);
            Instance app = Instance.on(db, Clock.systemUTC(), stuck, DeliveryOffice.settings());
            DeliveryOffice office = new DeliveryOffice().seed(app.vigil(), PERSONS, Clock.systemUTC().instant());
            app.dispatcher().start();
            try {
                office.rollCall(app.vigil());   // a first roll-call gets the transport stuck
                assertThat(entered.await(60, TimeUnit.SECONDS)).isTrue();
                Future<CommunicationTest> started = caller.submit(() -> office.rollCall(app.vigil()));
                CommunicationTest t = started.get(60, TimeUnit.SECONDS);
                assertThat(handed).as("nothing got through the blocked transport").hasValue(0);
                RollCallStatus queued = app.vigil().alerting().rollCalls().status(office.officer, t.id());
                assertThat(queued.deliveries().queued()).isEqualTo(PERSONS);
                assertThat(queued.deliveries().notQueued()).isEmpty();

                release.countDown();
                assertThat(all.await(60, TimeUnit.SECONDS)).isTrue();
                for (int i = 0; i < 600 && app.vigil().alerting().rollCalls().status(office.officer, t.id())
                        .deliveries().sent() < PERSONS; i++) {
                    Thread.sleep(100);
                }
                assertThat(app.vigil().alerting().rollCalls().status(office.officer, t.id()).deliveries().sent())
                        .isEqualTo(PERSONS);
            } finally {
                release.countDown();
                app.dispatcher().close();
            }
        } finally {
            caller.shutdownNow();
        }
    }
}
