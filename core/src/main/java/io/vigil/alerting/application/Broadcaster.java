package io.vigil.alerting.application;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.MessageSettings;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.domain.RequestDeliveries;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.alerting.port.out.RequestQueueing;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.people.port.in.Reachable;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues messages in the {@link MessageGateway} (the outbox; a dispatcher delivers them in the
 * background): which contact kind serves which channel (SMS and PHONE a phone, EMAIL an e-mail,
 * APP a messaging handle, RADIO a radio call sign), the request of a test or roll-call to each
 * person on each channel (one batch), single notices, and where a test's requests stand.
 */
final class Broadcaster {
    private static final Map<Channel, String> CONTACT_KIND = Map.of(Channel.SMS, "PHONE", Channel.PHONE, "PHONE",
            Channel.EMAIL, "EMAIL", Channel.APP, "MESSAGING", Channel.RADIO, "RADIO");

    private static final Logger LOG = LoggerFactory.getLogger(Broadcaster.class);

    private final MessageGateway gateway;
    private final MessageTexts texts;
    private final RequestQueueing queueing;
    private final Clock clock;

    @Inject
    Broadcaster(MessageGateway gateway, MessageTexts texts, RequestQueueing queueing, Clock clock) {
        this.gateway = gateway;
        this.texts = texts;
        this.queueing = queueing;
        this.clock = clock;
    }

    /** How messages are worded: the office's templates, in the recipient's language, times local. */
    MessageTexts texts() {
        return texts;
    }

    /** The person's address for the channel, if they have one. */
    static Optional<String> address(Reachable r, Channel channel) {
        return Optional.ofNullable(r.addresses().get(CONTACT_KIND.get(channel)));
    }

    /** The persons with no address on any of the channels. */
    static List<PersonId> unreachable(List<Reachable> audience, Collection<Channel> channels) {
        return audience.stream().filter(r -> channels.stream().allMatch(c -> address(r, c).isEmpty()))
                .map(Reachable::person).toList();
    }

    /**
     * Queues the test's request to each person on each of its channels they have an address for,
     * in their language ({@link MessageTexts}), as one batch; returns how many were queued now (none
     * already in the outbox).
     */
    int request(CommunicationTest test, List<Reachable> audience) {
        List<OutboundMessage> batch = new ArrayList<>();
        MessageSettings settings = texts.settings(test.office());
        List<Channel> channels = test.channels().stream().sorted().toList();
        Instant now = clock.instant();
        for (Reachable r : audience) {
            String text = MessageTexts.request(settings, test, r);
            for (Channel c : channels) {
                address(r, c).ifPresent(address -> batch.add(new OutboundMessage(test.messageId(r.person(), c),
                        test.office(), Optional.of(r.person()), c, address, text, now)));
            }
        }
        return batch.isEmpty() ? 0 : gateway.sendAll(batch);
    }

    /**
     * Queues the requests of a test just stored, as {@link #request}, where the host's
     * {@link RequestQueueing} runs it (before start returns, by default). When the outbox cannot be
     * written or the queueing is refused, logs it: the test stands, and the next sweep queues its
     * requests ({@link PendingRequests}).
     */
    void requestAfterStart(CommunicationTest test, List<Reachable> audience) {
        try {
            queueing.queue(() -> {
                try {
                    request(test, audience);
                } catch (RuntimeException e) {
                    LOG.warn("Test {} is stored but its requests could not be queued ({}); the next sweep queues them",
                            test.id(), e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("Test {} is stored but the queueing of its requests was refused ({}); the next sweep queues them",
                    test.id(), e.getMessage());
        }
    }

    /** Where the test's requests stand in delivery (its notices are not counted). */
    RequestDeliveries deliveries(CommunicationTest test) {
        return RequestDeliveries.of(test, gateway.deliveries(test.office(), test.id() + "-"));
    }

    /**
     * Sends one notice to the person on every one of the channels (in order) they have an address
     * for, in the pages {@code pages} gives for that channel, each page a message of its own with the
     * id {@code <id>-<channel>-<page>} (the same on every resend); returns how many went out now.
     */
    int notifyOnEvery(String id, OfficeId office, Reachable to, Collection<Channel> channels,
                      Function<Channel, List<String>> pages) {
        int sent = 0;
        for (Channel c : channels.stream().sorted().toList()) {
            Optional<String> address = address(to, c);
            if (address.isEmpty()) {
                continue;
            }
            List<String> texts = pages.apply(c);
            for (int k = 0; k < texts.size(); k++) {
                if (send(id + "-" + c.name().toLowerCase(Locale.ROOT) + "-" + (k + 1), office,
                        Optional.of(to.person()), c, address.get(), texts.get(k))) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** Whether the person has an address on any of the channels. */
    static boolean reachableOn(Reachable r, Collection<Channel> channels) {
        return channels.stream().anyMatch(c -> address(r, c).isPresent());
    }

    /** The messages that went out to the address, in the order they were sent. */
    List<OutboundMessage> sentTo(OfficeId office, String address) {
        return gateway.sentTo(office, address);
    }

    /** Queues one message unless its id is in the outbox; returns whether it was queued now. */
    boolean send(String id, OfficeId office, Optional<PersonId> to, Channel channel, String address, String text) {
        return gateway.send(new OutboundMessage(id, office, to, channel, address, text, clock.instant()));
    }
}
