package io.vigil.examples.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.DeliveryState;
import io.vigil.alerting.port.in.ReplyReceipt;
import io.vigil.alerting.port.in.RollCallStatus;
import io.vigil.examples.delivery.DeliveryOffice.Instance;
import io.vigil.jdbc.JdbcDataSources;
import io.vigil.jdbc.JdbcMigrations;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.messaging.Transport;
import io.vigil.testkit.MutableClock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two app instances on one PostgreSQL, each with its own stores, outbox and dispatcher, and a
 * transport that counts: no message is handed to a transport twice, escalations through both at
 * once send each notice once and neither fails, a resend through the other instance sends nothing
 * again, and an SMS reply reaching the instance that did not send the request is accepted.
 */
class SeveralInstancesPostgresTest {
    private static EmbeddedPostgres server;
    private static HikariDataSource db;

    private final MutableClock clock = MutableClock.at("2026-09-19T13:14:00Z");
    private final Instant start = clock.instant();
    private final Map<String, Integer> handed = new ConcurrentHashMap<>();
    private final Transport counting = m -> handed.merge(m.id(), 1, Integer::sum);
    private final Instance a = Instance.on(db, clock, counting, DeliveryOffice.settings());
    private final Instance b = Instance.on(db, clock, counting, DeliveryOffice.settings());

    @BeforeAll
    static void database() throws Exception {
        server = EmbeddedPostgres.builder().start();
        db = JdbcDataSources.pool(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        JdbcMigrations.migrate(db);
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
        server.close();
    }

    /** Both instances at once, each in its own thread, released together. */
    private static <T> List<T> atOnce(Callable<T> first, Callable<T> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CyclicBarrier together = new CyclicBarrier(2);
        try {
            List<Future<T>> done = new ArrayList<>();
            for (Callable<T> c : List.of(first, second)) {
                done.add(pool.submit(() -> {
                    together.await();
                    return c.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : done) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private void deliverThroughBoth() throws Exception {
        atOnce(a.dispatcher()::runOnce, b.dispatcher()::runOnce);
    }

    @Test
    void two_instances_send_each_message_once_escalate_together_without_failing_and_take_each_others_replies()
            throws Exception {
        DeliveryOffice office = new DeliveryOffice().seed(a.vigil(), 40, start);
        CommunicationTest t = office.rollCall(a.vigil());
        deliverThroughBoth();
        assertThat(handed).containsOnlyKeys(office.requestIds(t)).allSatisfy((id, n) -> assertThat(n).as(id)
                .isEqualTo(1));

        assertThat(b.vigil().alerting().tests().resend(office.officer, t.id())).as("resent through the other").isZero();
        deliverThroughBoth();
        assertThat(handed).hasSize(40).allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1));

        clock.set(start.plus(Duration.ofMinutes(16)));
        List<Integer> queued = atOnce(() -> a.vigil().alerting().rollCalls().escalate(office.officer, t.id()).sent(),
                () -> b.vigil().alerting().rollCalls().escalate(office.officer, t.id()).sent());
        String digest = t.noticeId("warden-" + office.warden);
        List<String> pages = a.outbox().sent(office.office).stream().map(m -> m.id()).filter(id -> id.startsWith(digest))
                .toList();
        assertThat(pages).as("the warden's digest, in pages").isNotEmpty().doesNotHaveDuplicates();
        assertThat(queued.get(0) + queued.get(1)).as("each page of the warden's digest queued once")
                .isEqualTo(pages.size());
        clock.set(start.plus(Duration.ofMinutes(46)));
        atOnce(() -> a.vigil().alerting().rollCalls().escalateAll(office.officer).sent(),
                () -> b.vigil().alerting().rollCalls().escalateAll(office.officer).sent());
        deliverThroughBoth();
        assertThat(handed).containsKeys(pages.toArray(String[]::new)).allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1))
                .anySatisfy((id, n) -> assertThat(id).startsWith(t.noticeId("officer-")));
        assertThat(a.vigil().alerting().rollCalls().status(office.officer, t.id()).rollCall().incident().orElseThrow()
                .officerAlertedAt()).isPresent();

        Actor provider = Actor.of("sms-webhook", office.office, Role.INTEGRATION);
        ReplyReceipt reply = b.vigil().alerting().tests().reply(provider, Channel.SMS, office.phones.get(3), Answer.SAFE,
                clock.instant());
        assertThat(reply.recorded()).isTrue();
        assertThat(reply.test()).isEqualTo(t.id());
        RollCallStatus status = a.vigil().alerting().rollCalls().status(office.officer, t.id());
        assertThat(status.persons()).filteredOn(p -> p.person().equals(office.persons.get(3))).singleElement()
                .satisfies(p -> assertThat(p.state()).isEqualTo(RollCallStatus.State.SAFE));
        assertThat(status.deliveries().sent()).isEqualTo(40);
        assertThat(status.deliveries().of(office.persons.get(0))).singleElement()
                .satisfies(r -> assertThat(r.state()).isInstanceOf(DeliveryState.Sent.class));
    }

    @Test
    void the_queue_of_an_instance_that_crashed_holding_leases_is_delivered_by_the_other_once_they_run_out()
            throws Exception {
        DeliveryOffice office = new DeliveryOffice().seed(a.vigil(), 5, start);
        CommunicationTest t = office.rollCall(a.vigil());
        assertThat(a.outbox().claim(Channel.SMS, "crashed-instance", clock.instant(),
                clock.instant().plus(DeliveryOffice.LEASE), 500)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(b.dispatcher().runOnce()).as("leased to the crashed instance").isZero();
        clock.advance(DeliveryOffice.LEASE);
        b.dispatcher().runOnce();
        assertThat(handed).containsAllEntriesOf(Map.of(office.requestIds(t).get(0), 1));
        assertThat(handed.keySet()).containsAll(office.requestIds(t));
    }
}
