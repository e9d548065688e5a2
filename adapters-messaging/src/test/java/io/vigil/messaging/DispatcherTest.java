package io.vigil.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.Delivery;
import io.vigil.alerting.domain.DeliveryState;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.alerting.InMemoryMessageGateway;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The dispatcher delivers the outbox in the background: back-off, bounded attempts, channels apart, leases. */
class DispatcherTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final Instant T0 = Instant.parse("2026-09-19T13:15:00Z");
    private static final RetryPolicy RETRY = new RetryPolicy(3, Duration.ofSeconds(10), 2, Duration.ofMinutes(1));
    private static final Dispatcher.Settings FAST = new Dispatcher.Settings(2, 10, Duration.ofMinutes(1),
            Duration.ofMillis(20), Duration.ofSeconds(5));

    private final InMemoryMessageGateway outbox = new InMemoryMessageGateway();
    private final MutableClock clock = MutableClock.at(T0);

    private static OutboundMessage message(String id, Channel channel) {
        return new OutboundMessage(id, OFFICE, Optional.of(PersonId.random()), channel, "+52 55 1000 1000",
                "Are you safe?", T0);
    }

    private DeliveryState state(String id) {
        return outbox.deliveries(OFFICE, id).get(0).state();
    }

    @Test
    void a_retryable_failure_is_tried_again_after_a_growing_wait_and_then_sent() {
        AtomicInteger calls = new AtomicInteger();
        Transport flaky = m -> {
            if (calls.incrementAndGet() <= 2) {
                throw new DeliveryException("server busy " + calls.get(), true);
            }
        };
        Dispatcher dispatcher = new Dispatcher(outbox, Map.of(Channel.SMS, flaky), RETRY, FAST, clock);
        outbox.send(message("m-1", Channel.SMS));
        assertThat(dispatcher.runOnce()).isEqualTo(1);
        assertThat(state("m-1")).isEqualTo(new DeliveryState.Queued(1, T0.plusSeconds(10), Optional.of("server busy 1")));
        clock.advance(Duration.ofSeconds(9));
        assertThat(dispatcher.runOnce()).as("not due before the back-off").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher.runOnce()).isEqualTo(1);
        assertThat(state("m-1")).isEqualTo(new DeliveryState.Queued(2, T0.plusSeconds(30), Optional.of("server busy 2")));
        clock.advance(Duration.ofSeconds(20));
        assertThat(dispatcher.runOnce()).isEqualTo(1);
        assertThat(state("m-1")).isEqualTo(new DeliveryState.Sent(3, T0.plusSeconds(30)));
        assertThat(dispatcher.runOnce()).isZero();
    }

    @Test
    void attempts_are_bounded_and_a_final_failure_is_not_retried_each_keeping_its_last_error() {
        Transport down = m -> {
            throw new DeliveryException(m.id().equals("m-bad") ? "the server refused " + m.address() : "unreachable",
                    !m.id().equals("m-bad"));
        };
        Dispatcher dispatcher = new Dispatcher(outbox, Map.of(Channel.EMAIL, down), RETRY, FAST, clock);
        outbox.sendAll(List.of(message("m-down", Channel.EMAIL), message("m-bad", Channel.EMAIL)));
        for (int i = 0; i < 5; i++) {
            dispatcher.runOnce();
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(state("m-bad")).isEqualTo(new DeliveryState.Failed(1, T0, "the server refused the address"));
        assertThat(state("m-down")).isEqualTo(new DeliveryState.Failed(3, T0.plusSeconds(120), "unreachable"));
        assertThat(dispatcher.attemptsMade()).isEqualTo(4);
    }

    @Test
    void an_address_the_far_side_echoes_in_another_form_is_not_kept_in_the_error() {
        assertThat(Dispatcher.withoutAddress("550 refused <ANA@Example.org>", "ana@example.org"))
                .isEqualTo("550 refused <the address>");
        assertThat(Dispatcher.withoutAddress("number 525510001000 unknown", "+52 55 1000 1000"))
                .isEqualTo("number the address unknown");
        assertThat(Dispatcher.withoutAddress("number +52 55 1000 1000 unknown", "+52 55 1000 1000"))
                .isEqualTo("number the address unknown");
    }

    @Test
    void a_message_is_not_tried_once_its_batch_has_less_than_a_quarter_of_its_lease_left() {
        List<String> handed = new ArrayList<>();
        Transport slow = m -> {
            handed.add(m.id());
            clock.advance(Duration.ofSeconds(50));
        };
        Dispatcher dispatcher = new Dispatcher(outbox, Map.of(Channel.SMS, slow), RETRY, FAST, clock);
        outbox.sendAll(List.of(message("m-1", Channel.SMS), message("m-2", Channel.SMS)));
        dispatcher.runOnce();
        assertThat(handed).as("50 s of a 60 s lease gone: m-2 waits for its lease to run out").containsExactly("m-1");
        assertThat(state("m-2")).isInstanceOf(DeliveryState.Queued.class);
        clock.advance(Duration.ofSeconds(11));
        dispatcher.runOnce();
        assertThat(handed).containsExactly("m-1", "m-2");
    }

    @Test
    void a_channel_whose_transport_hangs_does_not_hold_up_another() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch smsDone = new CountDownLatch(3);
        Transport hanging = m -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        try (Dispatcher dispatcher = new Dispatcher(outbox, Map.of(Channel.EMAIL, hanging, Channel.SMS,
                m -> smsDone.countDown()), RETRY, FAST, Clock.systemUTC())) {
            outbox.sendAll(List.of(message("e-1", Channel.EMAIL), message("e-2", Channel.EMAIL),
                    message("e-3", Channel.EMAIL), message("s-1", Channel.SMS), message("s-2", Channel.SMS),
                    message("s-3", Channel.SMS)));
            dispatcher.start();
            assertThat(smsDone.await(20, TimeUnit.SECONDS)).as("SMS delivered while e-mail hangs").isTrue();
            assertThat(state("e-1")).isInstanceOf(DeliveryState.Queued.class);
            release.countDown();
        }
    }

    @Test
    void two_dispatchers_on_one_outbox_hand_each_message_to_a_transport_once() throws Exception {
        Map<String, Integer> handed = new ConcurrentHashMap<>();
        CountDownLatch all = new CountDownLatch(300);
        Transport counting = m -> {
            handed.merge(m.id(), 1, Integer::sum);
            all.countDown();
        };
        List<OutboundMessage> batch = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            batch.add(message("m-" + i, i % 2 == 0 ? Channel.SMS : Channel.APP));
        }
        outbox.sendAll(batch);
        Map<Channel, Transport> both = Map.of(Channel.SMS, counting, Channel.APP, counting);
        try (Dispatcher a = new Dispatcher(outbox, both, RETRY, FAST, Clock.systemUTC());
             Dispatcher b = new Dispatcher(outbox, both, RETRY, FAST, Clock.systemUTC())) {
            a.start();
            b.start();
            assertThat(all.await(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(handed).hasSize(300).allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
        assertThat(outbox.deliveries(OFFICE, "m-")).extracting(Delivery::state)
                .allMatch(s -> s instanceof DeliveryState.Sent);
    }

    @Test
    void a_crashed_owners_lease_runs_out_and_another_dispatcher_delivers_its_message() {
        List<String> handed = new ArrayList<>();
        Dispatcher survivor = new Dispatcher(outbox, Map.of(Channel.SMS, m -> handed.add(m.id())), RETRY, FAST, clock);
        outbox.send(message("m-crash", Channel.SMS));
        assertThat(outbox.claim(Channel.SMS, "crashed-instance", T0, T0.plusSeconds(60), 10)).hasSize(1);
        assertThat(survivor.runOnce()).isZero();
        clock.advance(Duration.ofSeconds(60));
        assertThat(survivor.runOnce()).isEqualTo(1);
        assertThat(handed).containsExactly("m-crash");
        assertThat(state("m-crash")).isEqualTo(new DeliveryState.Sent(1, T0.plusSeconds(60)));
    }

    @Test
    void a_channel_without_a_transport_stays_queued() {
        Dispatcher dispatcher = new Dispatcher(outbox, Map.of(Channel.SMS, m -> { }), RETRY, FAST, clock);
        outbox.send(message("m-radio", Channel.RADIO));
        assertThat(dispatcher.runOnce()).isZero();
        assertThat(state("m-radio")).isEqualTo(DeliveryState.queued(T0));
    }

    @Test
    void a_last_error_keeps_what_happened_without_java_class_names() {
        assertThat(Dispatcher.plain("SMTP 127.0.0.1:2525 failed: Couldn't connect to host, port: 127.0.0.1, 2525;"
                + " timeout 2000; nested exception is: java.net.ConnectException: Connection refused"))
                .isEqualTo("SMTP 127.0.0.1:2525 failed: Couldn't connect to host, port: 127.0.0.1, 2525; timeout 2000;"
                        + " Connection refused");
        assertThat(Dispatcher.plain("the transport failed: java.lang.IllegalStateException")).isEqualTo(
                "the transport failed:");
        assertThat(Dispatcher.plain(null)).isEqualTo("unknown error");
    }
}
