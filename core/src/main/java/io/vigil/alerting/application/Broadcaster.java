package io.vigil.alerting.application;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.people.port.in.Reachable;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sends messages through the {@link MessageGateway}: which contact kind serves which channel
 * (SMS and PHONE a phone, EMAIL an e-mail, APP a messaging handle, RADIO a radio call sign), the
 * request of a test or roll-call to each person on each channel, and single notices.
 */
final class Broadcaster {
    private static final Map<Channel, String> CONTACT_KIND = Map.of(Channel.SMS, "PHONE", Channel.PHONE, "PHONE",
            Channel.EMAIL, "EMAIL", Channel.APP, "MESSAGING", Channel.RADIO, "RADIO");

    private final MessageGateway gateway;
    private final Clock clock;

    @Inject
    Broadcaster(MessageGateway gateway, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
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
     * Sends the test's request to each person on each of its channels they have an address for;
     * returns how many went out now.
     */
    int request(CommunicationTest test, List<Reachable> audience, String text) {
        int sent = 0;
        List<Channel> channels = test.channels().stream().sorted().toList();
        for (Reachable r : audience) {
            for (Channel c : channels) {
                Optional<String> address = address(r, c);
                if (address.isPresent() && send(test.messageId(r.person(), c), test.office(),
                        Optional.of(r.person()), c, address.get(), text)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** Sends one notice to the person on the first of the channels (in order) they have an address for. */
    boolean notify(String id, OfficeId office, Reachable to, Collection<Channel> channels, String text) {
        for (Channel c : channels.stream().sorted().toList()) {
            Optional<String> address = address(to, c);
            if (address.isPresent()) {
                return send(id, office, Optional.of(to.person()), c, address.get(), text);
            }
        }
        return false;
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

    /** Sends one message unless its id went out before; returns whether it went out now. */
    boolean send(String id, OfficeId office, Optional<PersonId> to, Channel channel, String address, String text) {
        return gateway.send(new OutboundMessage(id, office, to, channel, address, text, clock.instant()));
    }
}
