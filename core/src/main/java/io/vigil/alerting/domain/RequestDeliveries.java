package io.vigil.alerting.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the requests of a test or roll-call stand in delivery: how many are queued, sent and
 * failed, each person's requests with their state, the persons every one of whose requests failed
 * ({@code undelivered}: unreachable, though they have addresses) and the persons with an address who
 * have no request in the outbox yet ({@code notQueued}: the outbox could not be written when the test
 * started; the next sweep queues them).
 */
public record RequestDeliveries(int queued, int sent, int failed, Map<PersonId, List<Request>> byPerson,
                                List<PersonId> undelivered, List<PersonId> notQueued) {
    public RequestDeliveries {
        byPerson = Map.copyOf(Require.nonNull(byPerson, "byPerson"));
        undelivered = List.copyOf(undelivered);
        notQueued = List.copyOf(notQueued);
    }

    /** One request: its channel, message id and delivery state. */
    public record Request(Channel channel, String messageId, DeliveryState state) {
        public Request {
            Require.nonNull(channel, "channel");
            Require.nonNull(messageId, "messageId");
            Require.nonNull(state, "state");
        }
    }

    /** Nothing known: no request recorded (a test read without its outbox). */
    public static RequestDeliveries none() {
        return new RequestDeliveries(0, 0, 0, Map.of(), List.of(), List.of());
    }

    /** The requests of {@code test} among {@code deliveries} (the outbox's messages about the test). */
    public static RequestDeliveries of(CommunicationTest test, List<Delivery> deliveries) {
        Map<String, DeliveryState> byId = new HashMap<>();
        deliveries.forEach(d -> byId.put(d.message().id(), d.state()));
        Set<PersonId> noAddress = new HashSet<>(test.unreachable());
        List<Channel> channels = test.channels().stream().sorted().toList();
        Map<PersonId, List<Request>> byPerson = new LinkedHashMap<>();
        List<PersonId> undelivered = new ArrayList<>();
        List<PersonId> notQueued = new ArrayList<>();
        int queued = 0;
        int sent = 0;
        int failed = 0;
        for (PersonId person : test.audience()) {
            List<Request> theirs = new ArrayList<>();
            for (Channel c : channels) {
                String id = test.messageId(person, c);
                DeliveryState state = byId.get(id);
                if (state != null) {
                    theirs.add(new Request(c, id, state));
                }
            }
            for (Request r : theirs) {
                if (r.state() instanceof DeliveryState.Sent) {
                    sent++;
                } else if (r.state() instanceof DeliveryState.Failed) {
                    failed++;
                } else {
                    queued++;
                }
            }
            if (theirs.isEmpty()) {
                if (!noAddress.contains(person)) {
                    notQueued.add(person);
                }
                continue;
            }
            byPerson.put(person, List.copyOf(theirs));
            if (theirs.stream().allMatch(r -> r.state() instanceof DeliveryState.Failed)) {
                undelivered.add(person);
            }
        }
        return new RequestDeliveries(queued, sent, failed, byPerson, undelivered, notQueued);
    }

    /** A person's requests, none if they have none in the outbox. */
    public List<Request> of(PersonId person) {
        return byPerson.getOrDefault(person, List.of());
    }
}
