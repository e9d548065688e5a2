package io.vigil.crisis.application;

import io.vigil.alerting.port.in.NoticesUseCase;
import io.vigil.alerting.port.in.TemplatedNotice;
import io.vigil.crisis.port.out.CrisisMessage;
import io.vigil.crisis.port.out.CrisisMessages;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.Reachable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Messages to persons of the office on every channel they have an address for, through the outbox,
 * worded from the office's templates in each person's language (the office's default otherwise).
 */
final class Notices {
    private static final List<String> CHANNELS = List.of("SMS", "EMAIL", "APP");

    private final CrisisMessages messages;
    private final NoticesUseCase wording;
    private final PeopleUseCases people;
    private final Clock clock;

    Notices(CrisisMessages messages, NoticesUseCase wording, PeopleUseCases people, Clock clock) {
        this.messages = messages;
        this.wording = wording;
        this.people = people;
        this.clock = clock;
    }

    /** How to reach each person, read as the actor (an audited read of their contacts). */
    Map<PersonId, Reachable> reach(Actor actor, Collection<PersonId> persons) {
        if (persons.isEmpty()) {
            return Map.of();
        }
        return people.directory().persons(actor, List.copyOf(persons)).stream()
                .collect(Collectors.toMap(Reachable::person, Function.identity(), (a, b) -> a));
    }

    /** The office's wording of notices: its templates and zone, read once, for every message of a batch. */
    NoticesUseCase.NoticeWording wording(OfficeId office) {
        return wording.wording(office);
    }

    /**
     * The messages to one person on each channel they have an address for, worded from the office's
     * template of the notice in their language; {@code idStem} plus the channel is each id. A person
     * with no address gets none (and nothing is worded).
     */
    List<CrisisMessage> to(OfficeId office, Optional<Reachable> person, PersonId id, String idStem,
                           NoticesUseCase.NoticeWording words, TemplatedNotice notice, Map<String, String> values,
                           Map<String, Instant> times) {
        List<CrisisMessage> out = new ArrayList<>();
        Instant now = clock.instant();
        person.ifPresent(r -> {
            String text = null;
            for (String channel : CHANNELS) {
                String address = r.addresses().get(CrisisMessage.CHANNELS.get(channel));
                if (address != null && !address.isBlank()) {
                    if (text == null) {
                        text = words.word(notice, r.language(), values, times);
                    }
                    out.add(new CrisisMessage(idStem + "-" + channel.toLowerCase(Locale.ROOT), office, id, channel,
                            address, text, now));
                }
            }
        });
        return out;
    }

    /** Queues the messages as one write; returns how many were queued now. */
    int send(List<CrisisMessage> batch) {
        return batch.isEmpty() ? 0 : messages.sendAll(batch);
    }
}
