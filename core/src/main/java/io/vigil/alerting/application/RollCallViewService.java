package io.vigil.alerting.application;

import io.vigil.alerting.domain.AlertingData;
import io.vigil.alerting.domain.AnswerTally;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.port.in.OfficeRollCalls;
import io.vigil.alerting.port.in.RollCallCursor;
import io.vigil.alerting.port.in.RollCallStatus.State;
import io.vigil.alerting.port.in.RollCallStatus;
import io.vigil.alerting.port.in.RollCallView;
import io.vigil.alerting.port.in.RollCallViewQuery;
import io.vigil.alerting.port.in.RollCallViewUseCase;
import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.OfficeSelection;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.port.in.LocatePersonnelUseCase;
import io.vigil.people.port.in.ManageOfficesUseCase;
import io.vigil.people.port.in.PersonCard;
import io.vigil.people.port.in.PersonCardsUseCase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The officer's roll-call view over {@link RollCallService}'s status: counts over everyone, then
 * the selected page of persons, whose reasons, profiles and phones are shown on need to know.
 */
final class RollCallViewService implements RollCallViewUseCase {
    /** The audit entry's resource type of {@link #openRollCalls}. */
    static final String COUNTS_TYPE = "roll-call-counts";

    private final RollCallService rollCalls;
    private final CommunicationTestRegistry tests;
    private final CheckInLog checkIns;
    private final LocatePersonnelUseCase locator;
    private final PersonCardsUseCase cards;
    private final ManageOfficesUseCase offices;
    private final AccessGuard guard;
    private final GuardedRecords<CommTestId, CommunicationTest> records;
    private final Clock clock;

    RollCallViewService(RollCallService rollCalls, CommunicationTestRegistry tests, CheckInLog checkIns,
                        LocatePersonnelUseCase locator, PersonCardsUseCase cards, ManageOfficesUseCase offices,
                        AccessGuard guard, Clock clock) {
        this.rollCalls = rollCalls;
        this.tests = tests;
        this.checkIns = checkIns;
        this.offices = offices;
        this.locator = locator;
        this.cards = cards;
        this.guard = guard;
        this.records = new GuardedRecords<>(RollCallService.TYPE, AlertingData.ACCOUNTABILITY, tests, null, guard);
        this.clock = clock;
    }

    @Override
    public List<OfficeRollCalls> openRollCalls(Actor actor, Collection<OfficeId> offices, Instant at) {
        if (at == null) {
            throw InvalidCommandException.of("at", "must not be null");
        }
        List<OfficeId> asked = OfficeSelection.require(offices, "offices");
        Set<String> bases = new LinkedHashSet<>();
        for (OfficeId office : asked) {
            bases.add(guard.requireQuietly(actor, Operation.READ, AlertingData.ACCOUNTABILITY,
                    AccessTarget.office(office), AuditAction.READ, COUNTS_TYPE, office.value()));
        }
        List<CommunicationTest> open = tests.openRollCalls(asked, at);
        Map<CommTestId, AnswerTally> tallies = open.isEmpty() ? Map.of()
                : checkIns.tally(open.stream().map(CommunicationTest::id).toList());
        guard.record(actor, AuditAction.READ, COUNTS_TYPE, String.join(",", asked.stream().map(OfficeId::value)
                .toList()), AlertingData.ACCOUNTABILITY, new AccessDecision.Granted(String.join("; ", bases)),
                List.of());
        Map<OfficeId, long[]> sums = new HashMap<>();
        for (CommunicationTest t : open) {
            AnswerTally tally = tallies.getOrDefault(t.id(), AnswerTally.NONE);
            long[] sum = sums.computeIfAbsent(t.office(), o -> new long[4]);
            sum[0]++;
            sum[1] += t.audience().size();
            sum[2] += tally.answered();
            sum[3] += tally.needsHelp();
        }
        List<OfficeRollCalls> counts = new ArrayList<>();
        for (OfficeId office : asked) {
            long[] sum = sums.getOrDefault(office, new long[4]);
            counts.add(new OfficeRollCalls(office, (int) sum[0], sum[1], sum[2], sum[3]));
        }
        return counts;
    }

    @Override
    public RollCallView view(Actor actor, CommTestId id, RollCallViewQuery query) {
        CommunicationTest found = records.find(actor, id);
        String basis = guard.requireQuietly(actor, Operation.READ, AlertingData.ACCOUNTABILITY,
                AccessTarget.office(found.office()), AuditAction.READ, RollCallService.TYPE, id.toString());
        if (!found.rollCall()) {
            throw new NotFoundException(RollCallService.TYPE, id);
        }
        Instant now = clock.instant();
        RollCallStatus status = rollCalls.statusOf(found, now);
        Incident incident = found.incident().orElseThrow();
        int answers = status.persons().stream().mapToInt(p -> p.answers().size()).sum();
        Map<String, Map<State, Integer>> byZone = new TreeMap<>();
        for (RollCallStatus.Person p : status.persons()) {
            byZone.computeIfAbsent(p.zone().map(WardenZoneId::value).orElse(RollCallViewQuery.NO_ZONE),
                    z -> zeroes()).merge(p.state(), 1, Integer::sum);
        }
        List<Listed> selected = status.persons().stream()
                .filter(p -> query.state().map(s -> s == p.state()).orElse(true) && query.zoneMatches(p.zone()))
                .map(p -> new Listed(p, changedAt(found, incident, p))).toList();
        boolean complete = query.changedSince().map(c -> missesNothing(c, status, answers)).map(b -> !b)
                .orElse(true);
        List<Listed> listed = complete ? selected : selected.stream()
                .filter(l -> l.changedAt().isAfter(query.changedSince().orElseThrow().at())).toList();
        Page<Listed> page = Page.of(listed, query.page());
        List<PersonId> shown = page.items().stream().map(l -> l.person().person()).toList();
        if (!shown.isEmpty()) {
            guard.record(actor, AuditAction.READ, RollCallService.TYPE, id.toString(), AlertingData.ACCOUNTABILITY,
                    new AccessDecision.Granted(basis), shown);
        }
        Map<PersonId, Set<String>> kinds = new LinkedHashMap<>();
        page.items().forEach(l -> kinds.put(l.person().person(), ShownReasons.kindsOf(l.person().reasons())));
        Map<PersonId, Set<String>> readable = shown.isEmpty() ? Map.of()
                : locator.readablePlaces(actor, found.office(), kinds);
        Map<PersonId, PersonCard> cardsOf = shown.isEmpty() || !actor.office().equals(found.office()) ? Map.of()
                : cards.cards(actor, shown);
        Page<RollCallView.Row> rows = page.map(l -> {
            RollCallStatus.Person p = l.person();
            return new RollCallView.Row(new RollCallStatus.Person(p.person(), p.name(),
                    ShownReasons.of(p.reasons(), readable.getOrDefault(p.person(), Set.of())),
                    p.zone(), p.state(), p.answer(), p.answers()), l.changedAt(),
                    Optional.ofNullable(cardsOf.get(p.person())));
        });
        return new RollCallView(found, now, RollCallCursor.of(now, answers), complete, status.counts(), byZone, rows,
                status.score(), status.warnings(), offices.zoneOf(found.office()).orElse(ZoneOffset.UTC));
    }

    /**
     * Whether listing only the persons changed after the cursor's instant misses nothing: true
     * unless the cursor counted fewer answers than there are now and some of the new ones are timed
     * at or before its instant (recorded late with an earlier time).
     */
    private static boolean missesNothing(RollCallCursor since, RollCallStatus status, int answers) {
        if (since.answers().isEmpty()) {
            return true;
        }
        long after = status.persons().stream().flatMap(p -> p.answers().stream())
                .filter(c -> c.at().isAfter(since.at())).count();
        return answers - since.answers().getAsInt() <= after;
    }

    /**
     * When the person's line last changed: their latest answer, or for the silent the moment their
     * silence reached its stage (the start, the warden's delay, the officer's delay).
     */
    private static Instant changedAt(CommunicationTest t, Incident incident, RollCallStatus.Person p) {
        Optional<Instant> answered = p.answers().stream().map(CheckIn::at).max(Comparator.naturalOrder());
        if (answered.isPresent()) {
            return answered.get();
        }
        return switch (p.state()) {
            case WITH_WARDEN -> t.startedAt().plus(incident.wardenAfter());
            case WITH_OFFICER -> t.startedAt().plus(p.zone().isPresent() ? incident.officerAfter()
                    : incident.wardenAfter());
            default -> t.startedAt();
        };
    }

    private static Map<State, Integer> zeroes() {
        Map<State, Integer> counts = new EnumMap<>(State.class);
        for (State s : State.values()) {
            counts.put(s, 0);
        }
        return counts;
    }

    /** A person selected for the list, with when their line last changed. */
    private record Listed(RollCallStatus.Person person, Instant changedAt) {
    }
}
