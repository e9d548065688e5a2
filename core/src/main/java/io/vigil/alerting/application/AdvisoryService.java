package io.vigil.alerting.application;

import io.vigil.alerting.domain.Acknowledgement;
import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.AdvisoryId;
import io.vigil.alerting.domain.AlertingData;
import io.vigil.alerting.domain.Audience;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.MessageKind;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.in.AdvisoryDetails;
import io.vigil.alerting.port.in.ManageAdvisoriesUseCase;
import io.vigil.alerting.port.out.AdvisoryBoard;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.port.in.ContactDirectoryUseCase;
import io.vigil.people.port.in.LocateQuery;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.Reachable;
import io.vigil.people.port.in.ZoneRoster;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Advisories; acknowledgements from many people at once are retried on version conflicts. A new
 * advisory still in force is sent to its audience on the channels it names that carry text (SMS,
 * e-mail, app), worded from the office's {@code ADVISORY_ISSUED} template in each person's
 * language; e-mail and app carry the advisory's own message below, in pages of
 * {@link OutboundMessage#MAX_TEXT}. It is sent when issued, even ahead of its start, as long as it has
 * not ended. Each message's id derives from the advisory and the person, so nothing is sent twice;
 * an update is not sent again.
 */
final class AdvisoryService extends GuardedRecordsService<AdvisoryId, AdvisoryDetails, Advisory>
        implements ManageAdvisoriesUseCase {
    static final String TYPE = "advisory";
    private static final Logger LOG = LoggerFactory.getLogger(AdvisoryService.class);
    private static final int ACK_ATTEMPTS = 20;
    private static final Set<Channel> TEXT_CHANNELS = EnumSet.of(Channel.SMS, Channel.EMAIL, Channel.APP);

    private final AdvisoryBoard board;
    private final Broadcaster broadcaster;
    private final PeopleUseCases people;
    private final AccessGuard guard;
    private final CommandValidator validator;
    private final Clock clock;

    AdvisoryService(AdvisoryBoard board, Broadcaster broadcaster, PeopleUseCases people, AccessGuard guard,
                    CommandValidator validator, Clock clock) {
        super(new GuardedRecords<>(TYPE, AlertingData.ADVISORY, board, board::list, guard));
        this.board = board;
        this.broadcaster = broadcaster;
        this.people = people;
        this.guard = guard;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public Advisory create(Actor actor, AdvisoryDetails details) {
        Advisory built = build(actor, AdvisoryId.random(), 0, details, List.of());
        // the right to write first (only a refusal audited here: the create below audits the write), then
        // the audience before the advisory is stored, so a read the directory refuses stores nothing
        guard.requireQuietly(actor, Operation.WRITE, AlertingData.ADVISORY, AccessTarget.office(actor.office()),
                AuditAction.CREATE, TYPE, built.id().toString());
        Instant now = clock.instant();
        List<Reachable> audience = built.validTo().isAfter(now) && !textChannels(built).isEmpty()
                ? audience(actor, built, now) : List.of();
        Advisory saved = records.create(actor, built);
        if (!audience.isEmpty()) {
            try {
                LOG.info("Advisory {} sent: {} messages queued", saved.id(), send(saved, audience));
            } catch (RuntimeException e) {
                // stored: a message that cannot be queued never undoes it (an issue again would send it twice)
                LOG.warn("Advisory {} is stored but its messages could not be queued ({})", saved.id(),
                        e.getMessage());
            }
        }
        return saved;
    }

    private static List<Channel> textChannels(Advisory a) {
        return a.channels().stream().filter(TEXT_CHANNELS::contains).sorted().toList();
    }

    /** Sends the advisory to each person of its audience; returns how many messages were queued now. */
    private int send(Advisory a, List<Reachable> audience) {
        List<Channel> channels = textChannels(a);
        OfficeWording words = OfficeWording.of(broadcaster.texts(), a.office());
        Map<String, String> values = Map.of("severity", a.severity().name(), "title", a.title(),
                "until", words.at(a.validTo()), "ref", a.id().toString());
        int queued = 0;
        for (Reachable r : audience) {
            String head = words.word(MessageKind.ADVISORY_ISSUED, r.language(), values, Map.of());
            queued += broadcaster.notifyOnEvery("advisory-" + a.id() + "-" + r.person(), a.office(), r, channels,
                    c -> c == Channel.SMS ? List.of(head) : pages(head + "\n\n" + a.message()));
        }
        return queued;
    }

    /** The persons the advisory addresses, with how to reach them (read with the actor's access, audited). */
    private List<Reachable> audience(Actor actor, Advisory a, Instant now) {
        Audience to = a.audience();
        ContactDirectoryUseCase directory = people.directory();
        return switch (to.kind()) {
            case EVERYONE -> Page.all(page -> directory.reachable(actor, Optional.empty(), page));
            case CATEGORY -> Page.all(page -> directory.reachable(actor, to.category(), page));
            case ZONE -> directory.persons(actor, roster(actor, to.zone().orElseThrow(), now).entries().stream()
                    .map(ZoneRoster.Entry::person).distinct().toList());
            case AREA -> directory.persons(actor, people.locator().locate(actor, new LocateQuery(to.area(),
                    a.validFrom().isAfter(now) ? a.validFrom() : now, a.validTo())).persons());
        };
    }

    /** The zone's roster now; a zone the office does not have is a bad field of the advisory. */
    private ZoneRoster roster(Actor actor, WardenZoneId zone, Instant now) {
        try {
            return people.zones().roster(actor, zone, now);
        } catch (NotFoundException e) {
            throw InvalidCommandException.of("audience.zone", "is not a warden zone of office " + actor.office()
                    .value() + ": " + zone.value());
        }
    }

    /** The text in pages of at most {@link OutboundMessage#MAX_TEXT} characters, cut at a space where there is one. */
    static List<String> pages(String text) {
        List<String> pages = new ArrayList<>();
        String rest = text;
        while (rest.length() > OutboundMessage.MAX_TEXT) {
            int cut = rest.lastIndexOf(' ', OutboundMessage.MAX_TEXT);
            cut = cut <= 0 ? OutboundMessage.MAX_TEXT : cut;
            pages.add(rest.substring(0, cut));
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            pages.add(rest);
        }
        return pages;
    }

    @Override
    public Advisory update(Actor actor, AdvisoryId id, long expectedVersion, AdvisoryDetails details) {
        return records.change(actor, id, expectedVersion, Operation.WRITE,
                current -> build(actor, id, expectedVersion, details, current.acknowledgements()));
    }




    @Override
    public List<Advisory> active(Actor actor, Instant at) {
        records.requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
        return board.active(actor.office(), at);
    }

    @Override
    public Advisory acknowledge(Actor actor, AdvisoryId id) {
        PersonId person = actor.person().orElseThrow(() -> RefusedException.because("actor '" + actor.subject()
                + "' acts for no person, so there is nobody to acknowledge the advisory"));
        return records.changeLatest(actor, id, Operation.READ, ACK_ATTEMPTS,
                current -> current.acknowledge(person, clock.instant()));
    }

    private Advisory build(Actor actor, AdvisoryId id, long version, AdvisoryDetails d,
                           List<Acknowledgement> acks) {
        validator.validate(d);
        return CommandValidator.build("body", () -> new Advisory(id, actor.office(), version, d.title(), d.message(),
                d.severity(), d.audience(), d.channels(), d.validFrom(), d.validTo(), actor.subject(), acks));
    }
}
