package io.vigil.testkit.contract.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.Delivery;
import io.vigil.alerting.domain.DeliveryState;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.kernel.OfficeId;
import io.vigil.testkit.generators.AlertingGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.Samples;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link MessageGateway}, the outbox: each message id is recorded once, claims are
 * leases that two owners never hold at once and that run out, and each attempt's outcome is kept.
 * Extend it with your adapter. The gateway may be shared between tests: each test works at its own
 * time, earlier than any before it, so a claim never reaches another test's messages.
 */
public abstract class MessageGatewayContract {
    private static final AtomicLong EPOCHS = new AtomicLong();

    private final Samples samples = new Samples(1);

    /** The gateway under test; may be shared between tests. */
    protected abstract MessageGateway gateway();

    /** A moment earlier than every moment an earlier test used (and than any generated message). */
    private static Instant freshNow() {
        return Instant.parse("1900-01-01T00:00:00Z").minus(Duration.ofDays(400 * EPOCHS.incrementAndGet()));
    }

    private static OutboundMessage at(OutboundMessage m, Channel channel, Instant queuedAt) {
        return new OutboundMessage("c-" + UUID.randomUUID(), m.office(), m.recipient(), channel, m.address(),
                m.text(), queuedAt);
    }

    private List<OutboundMessage> messages(OfficeId office, Channel channel, Instant queuedAt, int n) {
        return samples.draw(lists().of(AlertingGenerators.messages(office)).ofSize(n)).stream()
                .map(m -> at(m, channel, queuedAt)).toList();
    }

    private static DeliveryState stateOf(MessageGateway gateway, OutboundMessage m) {
        return gateway.deliveries(m.office(), m.id()).stream().filter(d -> d.message().id().equals(m.id()))
                .findFirst().map(Delivery::state).orElseThrow();
    }

    @Test
    void a_message_is_sent_once_however_often_it_is_resent() {
        OfficeId office = KernelGenerators.freshOffice();
        OutboundMessage m = samples.draw(AlertingGenerators.messages(office));
        assertThat(gateway().send(m)).isTrue();
        assertThat(gateway().send(m)).isFalse();
        assertThat(gateway().sent(office)).containsExactly(m);
        assertThat(gateway().wasSent(office, m.id())).isTrue();
        assertThat(gateway().wasSent(office, "never-" + m.id())).isFalse();
        assertThat(gateway().wasSent(KernelGenerators.freshOffice(), m.id())).isFalse();
    }

    @Test
    void messages_to_an_address_are_found_however_the_number_is_written() {
        OfficeId office = KernelGenerators.freshOffice();
        OutboundMessage m = samples.draw(AlertingGenerators.messages(office));
        gateway().send(m);
        assertThat(gateway().sentTo(office, m.address().replace(" ", ""))).containsExactly(m);
        assertThat(gateway().sentTo(office, "+44 20 7946 0000")).isEmpty();
    }

    @Test
    void a_resumed_broadcast_adds_only_what_was_missing_and_keeps_offices_apart() {
        OfficeId office = KernelGenerators.freshOffice();
        List<OutboundMessage> all = samples.draw(lists().of(AlertingGenerators.messages(office)).ofSize(6));
        all.subList(0, 3).forEach(gateway()::send);
        long sentNow = all.stream().filter(gateway()::send).count();
        assertThat(sentNow).isEqualTo(3);
        assertThat(gateway().sent(office)).containsExactlyInAnyOrderElementsOf(all);
        assertThat(gateway().sent(KernelGenerators.freshOffice())).isEmpty();
    }

    @Test
    void a_batch_records_only_the_messages_not_there_before_and_each_starts_queued() {
        OfficeId office = KernelGenerators.freshOffice();
        Instant now = freshNow();
        List<OutboundMessage> batch = messages(office, Channel.SMS, now, 5);
        gateway().send(batch.get(0));
        assertThat(gateway().sendAll(batch)).isEqualTo(4);
        assertThat(gateway().sendAll(batch)).isZero();
        assertThat(gateway().sent(office)).containsExactlyInAnyOrderElementsOf(batch);
        for (OutboundMessage m : batch) {
            assertThat(stateOf(gateway(), m)).isEqualTo(new DeliveryState.Queued(0, now, Optional.empty()));
        }
    }

    @Test
    void a_batch_of_a_large_roll_call_counts_only_the_messages_it_added() {
        OfficeId office = KernelGenerators.freshOffice();
        Instant now = freshNow();
        List<OutboundMessage> batch = messages(office, Channel.SMS, now, 1_700);
        assertThat(gateway().sendAll(batch.subList(600, 1_100))).isEqualTo(500);
        assertThat(gateway().sendAll(batch)).isEqualTo(1_200);
        assertThat(gateway().sent(office)).hasSize(1_700);
    }

    @Test
    void deliveries_are_those_of_the_office_whose_id_starts_with_the_prefix() {
        OfficeId office = KernelGenerators.freshOffice();
        Instant now = freshNow();
        OutboundMessage m = messages(office, Channel.EMAIL, now, 1).get(0);
        OutboundMessage other = messages(office, Channel.EMAIL, now, 1).get(0);
        gateway().sendAll(List.of(m, other));
        assertThat(gateway().deliveries(office, m.id().substring(0, 20))).extracting(Delivery::message)
                .containsExactly(m);
        assertThat(gateway().deliveries(KernelGenerators.freshOffice(), m.id())).isEmpty();
    }

    @Test
    void a_claim_takes_due_messages_of_its_channel_up_to_the_limit_and_nobody_else_takes_them_while_leased() {
        OfficeId office = KernelGenerators.freshOffice();
        Instant now = freshNow();
        List<OutboundMessage> sms = messages(office, Channel.SMS, now, 3);
        List<OutboundMessage> later = messages(office, Channel.SMS, now.plusSeconds(60), 1);
        List<OutboundMessage> mail = messages(office, Channel.EMAIL, now, 1);
        gateway().sendAll(sms);
        gateway().sendAll(later);
        gateway().sendAll(mail);
        Instant until = now.plusSeconds(30);
        List<Delivery> first = gateway().claim(Channel.SMS, "a", now, until, 2);
        List<Delivery> second = gateway().claim(Channel.SMS, "b", now, until, 10);
        assertThat(first).hasSize(2);
        assertThat(second).hasSize(1);
        List<OutboundMessage> both = new ArrayList<>(first.stream().map(Delivery::message).toList());
        both.addAll(second.stream().map(Delivery::message).toList());
        assertThat(both).containsExactlyInAnyOrderElementsOf(sms);
        assertThat(first).allMatch(d -> d.state().equals(new DeliveryState.Queued(0, now, Optional.empty())));
        assertThat(gateway().claim(Channel.SMS, "c", now.plusSeconds(10), until, 10)).as("leased, not due").isEmpty();
    }

    @Test
    void an_outcome_is_kept_only_from_the_owner_of_the_lease_and_a_lease_that_ran_out_goes_to_another() {
        OfficeId office = KernelGenerators.freshOffice();
        Instant now = freshNow();
        OutboundMessage m = messages(office, Channel.APP, now, 1).get(0);
        gateway().send(m);
        assertThat(gateway().claim(Channel.APP, "crashed", now, now.plusSeconds(60), 10)).hasSize(1);
        assertThat(gateway().claim(Channel.APP, "other", now.plusSeconds(60), now.plusSeconds(120), 10))
                .extracting(Delivery::message).containsExactly(m);
        assertThat(gateway().record(m.id(), "crashed", new DeliveryState.Sent(1, now.plusSeconds(61)))).isFalse();
        assertThat(stateOf(gateway(), m)).isInstanceOf(DeliveryState.Queued.class);
        assertThat(gateway().record(m.id(), "other", new DeliveryState.Sent(1, now.plusSeconds(62)))).isTrue();
        assertThat(stateOf(gateway(), m)).isEqualTo(new DeliveryState.Sent(1, now.plusSeconds(62)));
        assertThat(gateway().claim(Channel.APP, "third", now.plusSeconds(999), now.plusSeconds(1999), 10)).isEmpty();
        assertThat(gateway().record(m.id(), "other", new DeliveryState.Sent(2, now))).as("lease ended").isFalse();
    }

    @Test
    void a_failed_attempt_queued_again_waits_for_its_back_off_and_keeps_its_error_and_a_failure_for_good_is_kept() {
        OfficeId office = KernelGenerators.freshOffice();
        Instant now = freshNow();
        List<OutboundMessage> two = messages(office, Channel.RADIO, now, 2);
        gateway().sendAll(two);
        assertThat(gateway().claim(Channel.RADIO, "a", now, now.plusSeconds(30), 10)).hasSize(2);
        DeliveryState retry = new DeliveryState.Queued(1, now.plusSeconds(20), Optional.of("SMTP timed out"));
        DeliveryState failed = new DeliveryState.Failed(1, now.plusSeconds(1), "address refused");
        assertThat(gateway().record(two.get(0).id(), "a", retry)).isTrue();
        assertThat(gateway().record(two.get(1).id(), "a", failed)).isTrue();
        assertThat(gateway().claim(Channel.RADIO, "b", now.plusSeconds(19), now.plusSeconds(50), 10)).isEmpty();
        assertThat(gateway().claim(Channel.RADIO, "b", now.plusSeconds(20), now.plusSeconds(50), 10))
                .containsExactly(new Delivery(two.get(0), retry));
        assertThat(stateOf(gateway(), two.get(1))).isEqualTo(failed);
    }

    @Test
    void owners_claiming_at_the_same_time_never_get_the_same_message() throws Exception {
        OfficeId office = KernelGenerators.freshOffice();
        Instant now = freshNow();
        List<OutboundMessage> all = messages(office, Channel.PHONE, now, 120);
        gateway().sendAll(all);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<String>>> owners = new ArrayList<>();
            for (int o = 0; o < 4; o++) {
                String owner = "owner-" + o;
                owners.add(() -> {
                    List<String> got = new ArrayList<>();
                    for (List<Delivery> batch = List.of(); ; ) {
                        batch = gateway().claim(Channel.PHONE, owner, now, now.plusSeconds(600), 7);
                        if (batch.isEmpty()) {
                            return got;
                        }
                        batch.forEach(d -> got.add(d.message().id()));
                    }
                });
            }
            List<String> claimed = new ArrayList<>();
            for (Future<List<String>> f : pool.invokeAll(owners)) {
                claimed.addAll(f.get());
            }
            Set<String> distinct = new HashSet<>(claimed);
            assertThat(distinct).hasSameSizeAs(claimed);
            assertThat(distinct).containsExactlyInAnyOrderElementsOf(all.stream().map(OutboundMessage::id).toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
