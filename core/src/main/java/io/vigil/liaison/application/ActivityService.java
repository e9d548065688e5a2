package io.vigil.liaison.application;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.liaison.domain.ActionField;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.ActionStatus;
import io.vigil.liaison.domain.ContactEntry;
import io.vigil.liaison.domain.DecisionOutcome;
import io.vigil.liaison.domain.ExchangeDirection;
import io.vigil.liaison.domain.InformationExchange;
import io.vigil.liaison.domain.InformationLevel;
import io.vigil.liaison.domain.LiaisonAdvice;
import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.liaison.domain.LiaisonData;
import io.vigil.liaison.domain.Meeting;
import io.vigil.liaison.domain.Organisation;
import io.vigil.liaison.domain.OrganisationId;
import io.vigil.liaison.domain.OrganisationKind;
import io.vigil.liaison.domain.Staleness;
import io.vigil.liaison.port.in.ActivityFigure;
import io.vigil.liaison.port.in.ActivityPeriod;
import io.vigil.liaison.port.in.LiaisonActivity;
import io.vigil.liaison.port.in.LiaisonActivityUseCase;
import io.vigil.liaison.port.out.LiaisonPersons;
import io.vigil.liaison.port.out.LiaisonPorts;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The liaison figures of a period, from recorded times alone: a record counts once recorded at or
 * before {@code asOf}; states at the end are those logged by then (see {@link LiaisonActivity}).
 */
final class ActivityService implements LiaisonActivityUseCase {
    static final String TYPE = "liaison-activity";

    private final LiaisonPorts ports;
    private final LiaisonPersons persons;
    private final AccessGuard guard;
    private final CommandValidator validator;

    ActivityService(LiaisonPorts ports, LiaisonPersons persons, AccessGuard guard, CommandValidator validator) {
        this.ports = ports;
        this.persons = persons;
        this.guard = guard;
        this.validator = validator;
    }

    @Override
    public LiaisonActivity activity(Actor actor, ActivityPeriod period) {
        validator.validate(period);
        Instant from = period.from();
        Instant to = period.to();
        Instant asOf = period.asOf();
        if (!from.isBefore(to)) {
            throw InvalidCommandException.of("to", "must be after from (" + from + ")");
        }
        if (Duration.between(from, to).compareTo(Duration.ofDays(MAX_PERIOD_DAYS)) > 0) {
            throw InvalidCommandException.of("to", "must be at most " + MAX_PERIOD_DAYS + " days after from");
        }
        OfficeId office = actor.office();
        guard.require(actor, Operation.READ, LiaisonData.LIAISON_ACTIVITY, AccessTarget.office(office),
                AuditAction.READ, TYPE, from + "/" + to + "@" + asOf);
        // the end: the period's end, or what was known as of asOf if that is earlier
        Instant end = to.isAfter(asOf) ? asOf : to;
        Predicate<Instant> inPeriod = t -> !t.isBefore(from) && t.isBefore(to);

        Map<OrganisationId, OrganisationKind> kinds = ports.organisations().all(office).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::kind));
        List<LiaisonContact> contacts = ports.contacts().all(office).stream()
                .filter(c -> !c.since().isAfter(asOf) && kinds.containsKey(c.organisation())).toList();
        Map<String, LiaisonContact> contactById = contacts.stream()
                .collect(Collectors.toMap(c -> c.id().toString(), Function.identity()));
        List<ContactEntry> entries = ports.contactLog().all(office).stream()
                .filter(e -> !e.recordedAt().isAfter(asOf) && contactById.containsKey(e.contact().toString()))
                .toList();
        List<ContactEntry> reachedEntries = entries.stream().filter(e -> inPeriod.test(e.at())).toList();
        List<LiaisonActivity.ByKind> byKind = Arrays.stream(OrganisationKind.values()).map(k ->
                new LiaisonActivity.ByKind(k, ActivityFigure.of(reachedEntries.stream().map(ContactEntry::contact)
                        .filter(c -> kinds.get(contactById.get(c.toString()).organisation()) == k).toList())))
                .toList();
        Map<String, Instant> last = ContactService.lastReached(entries.stream()
                .filter(e -> e.at().isBefore(end) || e.at().equals(end)).toList(), end).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue));
        List<LiaisonContact> stale = contacts.stream().filter(c -> !c.since().isAfter(end))
                .filter(c -> Staleness.at(end, last.getOrDefault(c.id().toString(), c.since()),
                        c.staleAfterDays(kinds.get(c.organisation()))).stale()).toList();

        List<InformationExchange> exchanges = ports.informationLog().all(office).stream()
                .filter(e -> !e.recordedAt().isAfter(asOf) && inPeriod.test(e.at())).toList();
        List<LiaisonActivity.ByLevel> byLevel = Arrays.stream(InformationLevel.values()).map(l ->
                new LiaisonActivity.ByLevel(l, ids(exchanges, e -> e.level() == l, InformationExchange::id))).toList();

        List<Meeting> held = ports.meetings().all(office).stream()
                .filter(m -> !m.recordedAt().isAfter(asOf) && inPeriod.test(m.heldAt())).toList();
        List<LiaisonActivity.BySeries> bySeries = ports.series().all(office).stream().map(s ->
                new LiaisonActivity.BySeries(s.id(), s.name(), ids(held, m -> m.series().equals(s.id()),
                        Meeting::id))).toList();

        List<ActionItem> items = ports.actions().all(office).stream().filter(a -> !a.openedAt().isAfter(asOf)).toList();
        java.time.ZoneId zone = persons.zone(office);
        List<ActionItem> known = items.stream().filter(a -> a.openedAt().isBefore(end) || a.openedAt().equals(end))
                .toList();
        List<LiaisonAdvice> given = ports.advice().all(office).stream()
                .filter(a -> !a.recordedAt().isAfter(asOf) && inPeriod.test(a.givenAt())).toList();
        return new LiaisonActivity(office, from, to, asOf,
                ActivityFigure.of(reachedEntries.stream().map(ContactEntry::contact).toList()), byKind,
                ActivityFigure.of(stale.stream().map(LiaisonContact::id).toList()),
                ids(exchanges, e -> e.direction() == ExchangeDirection.OBTAINED, InformationExchange::id),
                ids(exchanges, e -> e.direction() == ExchangeDirection.SHARED, InformationExchange::id), byLevel,
                ActivityFigure.of(held.stream().map(Meeting::id).toList()), bySeries,
                ids(items, a -> inPeriod.test(a.openedAt()), ActionItem::id),
                ids(items, a -> closedIn(a, from, to, asOf), ActionItem::id),
                ids(known, a -> a.stateAt(end).map(s -> s.status().open()).orElse(false), ActionItem::id),
                ids(known, a -> a.stateAt(end).map(s -> s.overdue(end, zone)).orElse(false), ActionItem::id),
                ActivityFigure.of(given.stream().map(LiaisonAdvice::id).toList()),
                Arrays.stream(DecisionOutcome.values()).map(o -> new LiaisonActivity.ByOutcome(o, ids(given,
                        a -> a.decisionAt(end).map(d -> d.outcome() == o).orElse(false), LiaisonAdvice::id)))
                        .toList(),
                ids(given, a -> a.decisionAt(end).isEmpty(), LiaisonAdvice::id));
    }

    /** Whether a change of the item closed it (done or dropped) within the period, logged by {@code asOf}. */
    private static boolean closedIn(ActionItem a, Instant from, Instant to, Instant asOf) {
        return a.changes().stream().anyMatch(c -> c.field() == ActionField.STATUS
                && !ActionStatus.valueOf(c.to()).open() && ActionStatus.valueOf(c.from()).open()
                && !c.at().isBefore(from) && c.at().isBefore(to) && !c.at().isAfter(asOf));
    }

    private static <T> ActivityFigure ids(List<T> records, Predicate<T> filter, Function<T, ?> id) {
        return ActivityFigure.of(records.stream().filter(filter).map(id).toList());
    }
}
