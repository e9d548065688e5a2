package io.vigil.alerting.application;

import io.vigil.alerting.domain.AlertingData;
import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.EscalationPlan;
import io.vigil.alerting.domain.MessageKind;
import io.vigil.alerting.domain.MessageSettings;
import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.domain.RequestDeliveries;
import io.vigil.alerting.domain.Score;
import io.vigil.alerting.domain.Target;
import io.vigil.alerting.domain.TestPurpose;
import io.vigil.alerting.port.in.EscalationReport;
import io.vigil.alerting.port.in.RollCallDetails;
import io.vigil.alerting.port.in.RollCallStatus.State;
import io.vigil.alerting.port.in.RollCallStatus;
import io.vigil.alerting.port.in.RollCallsUseCase;
import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.port.in.ContactDirectoryUseCase;
import io.vigil.people.port.in.LocatePersonnelUseCase;
import io.vigil.people.port.in.LocateQuery;
import io.vigil.people.port.in.Reachable;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Roll-calls: a communication test whose audience the locator finds in an incident's area, with
 * escalation of silence by the clock as its {@link EscalationPlan} says. The escalation steps are
 * recorded on the roll-call after their messages were queued; a crash in between queues them again
 * under the same ids, which the outbox does not record twice, so several instances may escalate
 * the same roll-call at once and each notice goes out once.
 */
final class RollCallService implements RollCallsUseCase {
    static final String TYPE = "roll-call";
    private static final Duration SKEW = Duration.ofMinutes(1);
    /** How often recording escalation steps is tried against concurrent changes of the roll-call. */
    private static final int STEP_ATTEMPTS = 5;
    /** The tests a sweep reads at a time, latest first. */
    private static final int SWEEP_PAGE = 20;

    private final CommunicationTestRegistry tests;
    private final CheckInLog checkIns;
    private final Broadcaster broadcaster;
    private final PendingRequests pending;
    private final ContactDirectoryUseCase directory;
    private final LocatePersonnelUseCase locator;
    private final OnCallRoster roster;
    private final AccessGuard guard;
    private final GuardedRecords<CommTestId, CommunicationTest> records;
    private final CommandValidator validator;
    private final Clock clock;

    @Inject
    RollCallService(CommunicationTestRegistry tests, CheckInLog checkIns, Broadcaster broadcaster,
                    ContactDirectoryUseCase directory, LocatePersonnelUseCase locator,
                    OnCallRoster roster, AccessGuard guard, CommandValidator validator, Clock clock) {
        this.tests = tests;
        this.checkIns = checkIns;
        this.broadcaster = broadcaster;
        this.pending = new PendingRequests(broadcaster, directory);
        this.directory = directory;
        this.locator = locator;
        this.roster = roster;
        this.guard = guard;
        this.records = new GuardedRecords<>(TYPE, AlertingData.ACCOUNTABILITY, tests, null, guard);
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public CommunicationTest start(Actor actor, RollCallDetails d) {
        validator.validate(d);
        CommandValidator.build("outline", () -> GeoArea.polygon(d.outline()));
        if (d.officerAfterMinutes() < d.wardenAfterMinutes()) {
            throw InvalidCommandException.of("officerAfterMinutes", "must not be less than wardenAfterMinutes");
        }
        Instant now = clock.instant();
        Instant at = Optional.ofNullable(d.at()).orElse(now);
        if (at.isAfter(now.plus(SKEW))) {
            throw InvalidCommandException.of("at", "must not be in the future");
        }
        records.requireOffice(actor, Operation.WRITE, AuditAction.CREATE, actor.office().value());
        Instant since = at.minus(Duration.ofMinutes(d.lookbackMinutes()));
        AffectedSet found = AffectedSet.of(locator.locate(actor, new LocateQuery(d.outline(), since, at)));
        List<Reachable> audience = directory.persons(actor, found.placed());
        if (audience.isEmpty()) {
            throw InvalidCommandException.of("outline", "holds nobody of office " + actor.office() + " between "
                    + since + " and " + at + found.abroadNote() + ", so there is nobody to ask");
        }
        Map<PersonId, WardenZoneId> zones = new HashMap<>(directory.zones(actor, found.placed()));
        zones.putAll(directory.stayZones(actor, found.stayingAt(at), at));
        List<Incident.Affected> affected = audience.stream().map(r -> new Incident.Affected(r.person(),
                r.displayName(), Optional.ofNullable(zones.get(r.person())), found.reasons(r.person()))).toList();
        List<Incident.Abroad> abroad = found.abroad(directory.persons(actor, found.away()));
        CommunicationTest rollCall = CommandValidator.build("body", () -> new CommunicationTest(CommTestId.random(),
                actor.office(), 0, d.description(), d.channels(), affected.stream().map(Incident.Affected::person)
                .toList(), Broadcaster.unreachable(audience, d.channels()), now,
                now.plus(Duration.ofMinutes(d.openMinutes())), new Target(d.targetPercent(), d.targetMinutes()),
                actor.subject(), TestPurpose.rollCall(new Incident(d.outline(), at, d.wardenAfterMinutes(),
                d.officerAfterMinutes(), affected, Optional.empty(), Optional.empty(), abroad))));
        CommunicationTest saved = tests.save(rollCall);
        broadcaster.requestAfterStart(saved, audience);
        return saved;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Audited as a read of accountability naming every affected person; each reason carries its
     * place only for a reader who may read that person's residence (a residence) or movements (the
     * other kinds): the locator says which, and audits the places shown; the kind of reason alone
     * for others. So for the residents listed abroad.
     */
    @Override
    public RollCallStatus status(Actor actor, CommTestId id) {
        CommunicationTest found = records.find(actor, id);
        String basis = guard.requireQuietly(actor, Operation.READ, AlertingData.ACCOUNTABILITY,
                AccessTarget.office(found.office()), AuditAction.READ, TYPE, id.toString());
        Incident incident = rollCall(found).incident().orElseThrow();
        Incident shown = ShownReasons.of(incident, locator.readablePlaces(actor, found.office(),
                ShownReasons.kinds(incident)));
        List<PersonId> affected = new ArrayList<>(shown.affected().stream().map(Incident.Affected::person).toList());
        shown.abroad().forEach(a -> affected.add(a.person()));
        guard.record(actor, AuditAction.READ, TYPE, id.toString(), AlertingData.ACCOUNTABILITY,
                new AccessDecision.Granted(basis), affected);
        return statusOf(found.withIncident(shown), clock.instant());
    }

    @Override
    public EscalationReport escalate(Actor actor, CommTestId id) {
        return escalate(actor, rollCall(records.load(actor, id, Operation.WRITE, AuditAction.UPDATE)));
    }

    /**
     * {@inheritDoc}
     *
     * <p>The sweep also queues the requests of every open test or roll-call that are not in the
     * outbox (it could not be written when the test started), counted in {@code sent}.
     */
    @Override
    public EscalationReport escalateAll(Actor actor) {
        records.requireOffice(actor, Operation.WRITE, AuditAction.UPDATE, actor.office().value());
        Instant now = clock.instant();
        int sent = 0;
        List<String> warnings = new ArrayList<>();
        for (CommunicationTest t : mayBeOpen(actor, now)) {
            if (t.closesAt().isAfter(now)) {
                int queued = pending.queueMissing(actor, t);
                if (queued > 0) {
                    sent += queued;
                    warnings.add("queued " + queued + " requests of " + (t.rollCall() ? "roll-call " : "test ")
                            + t.id() + " that were not in the outbox");
                }
            }
            if (t.rollCall() && t.closesAt().isAfter(now)) {
                try {
                    EscalationReport r = escalate(actor, t);
                    sent += r.sent();
                    warnings.addAll(r.warnings());
                } catch (VersionConflictException e) {
                    warnings.add("roll-call " + t.id() + " changed during the sweep; the next sweep escalates it");
                }
            }
        }
        return new EscalationReport(sent, warnings);
    }

    /**
     * The office's tests that may still be open at {@code now}, latest first: read in pages of
     * {@value #SWEEP_PAGE} until one started longer ago than a test stays open
     * ({@link CommunicationTestRegistry#LONGEST_OPEN}), so a sweep does not read the whole history.
     */
    private List<CommunicationTest> mayBeOpen(Actor actor, Instant now) {
        Instant earliest = now.minus(CommunicationTestRegistry.LONGEST_OPEN);
        List<CommunicationTest> found = new ArrayList<>();
        for (int offset = 0; ; offset += SWEEP_PAGE) {
            Page<CommunicationTest> page = tests.list(actor.office(), new PageRequest(offset, SWEEP_PAGE));
            for (CommunicationTest t : page.items()) {
                if (!t.startedAt().isAfter(earliest)) {
                    return found;
                }
                found.add(t);
            }
            if (page.items().size() < SWEEP_PAGE || offset + SWEEP_PAGE >= page.total()) {
                return found;
            }
        }
    }

    private CommunicationTest rollCall(CommunicationTest t) {
        if (!t.rollCall()) {
            throw new NotFoundException(TYPE, t.id());
        }
        return t;
    }

    /** The roll-call's status at {@code now}, with the reasons as stored; reads no access and audits nothing. */
    RollCallStatus statusOf(CommunicationTest t, Instant now) {
        Incident incident = t.incident().orElseThrow();
        List<CheckIn> answers = checkIns.of(t.id());
        RequestDeliveries deliveries = broadcaster.deliveries(t);
        Map<PersonId, List<CheckIn>> byPerson = new HashMap<>();
        answers.forEach(c -> byPerson.computeIfAbsent(c.person(), p -> new ArrayList<>()).add(c));
        EscalationPlan plan = EscalationPlan.forRollCall(t);
        List<RollCallStatus.Person> persons = new ArrayList<>();
        Map<State, Integer> counts = new EnumMap<>(State.class);
        for (State s : State.values()) {
            counts.put(s, 0);
        }
        for (Incident.Affected a : incident.affected()) {
            List<CheckIn> theirs = byPerson.getOrDefault(a.person(), List.of());
            State state = theirs.isEmpty() ? silence(plan.stageOf(a.zone(), now))
                    : theirs.stream().anyMatch(c -> c.answer() == Answer.NEEDS_HELP) ? State.NEEDS_HELP : State.SAFE;
            counts.merge(state, 1, Integer::sum);
            persons.add(new RollCallStatus.Person(a.person(), a.name(), a.reasons(), a.zone(), state,
                    theirs.stream().findFirst(), theirs));
        }
        Score score = Score.of(t, answers, now, deliveries.undelivered());
        Set<PersonId> undelivered = new HashSet<>(deliveries.undelivered());
        long noAddress = score.unreachable().stream().filter(p -> !undelivered.contains(p)).count();
        List<String> warnings = new ArrayList<>();
        if (noAddress > 0) {
            warnings.add("no address on the roll-call's channels for " + persons((int) noAddress)
                    + " affected who have not answered; reach them another way");
        }
        long undeliveredSilent = deliveries.undelivered().stream().filter(score.unreachable()::contains).count();
        if (undeliveredSilent > 0) {
            warnings.add("every message to " + persons((int) undeliveredSilent) + " failed in delivery;"
                    + " they count as unreachable: reach them another way");
        }
        if (!deliveries.notQueued().isEmpty()) {
            warnings.add("the requests to " + persons(deliveries.notQueued().size()) + " are not in the outbox yet"
                    + " (still being queued, or the next escalation sweep queues them)");
        }
        if ((counts.get(State.WITH_OFFICER) > 0 || counts.get(State.NEEDS_HELP) > 0)
                && roster.coveringAt(t.office(), now).isEmpty()) {
            warnings.add("nobody is on call at " + now + " to take the persons needing help or still silent");
        }
        return new RollCallStatus(t, now, persons, counts, score, warnings, deliveries);
    }

    private static State silence(EscalationPlan.Stage stage) {
        return switch (stage) {
            case AWAITING -> State.AWAITING;
            case WITH_WARDEN -> State.WITH_WARDEN;
            case WITH_OFFICER -> State.WITH_OFFICER;
        };
    }

    /** Applies the roll-call's escalation plan now: sends its notices, then records the steps it took. */
    private EscalationReport escalate(Actor actor, CommunicationTest t) {
        Instant now = clock.instant();
        Incident incident = t.incident().orElseThrow();
        Set<PersonId> answered = checkIns.of(t.id()).stream().map(CheckIn::person).collect(Collectors.toSet());
        Set<PersonId> unreachable = new HashSet<>(t.unreachable());
        unreachable.addAll(broadcaster.deliveries(t).undelivered());
        List<EscalationPlan.Silent> silent = incident.affected().stream().filter(a -> !answered.contains(a.person()))
                .map(a -> new EscalationPlan.Silent(a.person(), a.name(), a.zone(), unreachable.contains(a.person())))
                .toList();
        Map<PersonId, Reachable> wardens = new HashMap<>();
        Map<PersonId, Optional<String>> phones = new HashMap<>();
        EscalationPlan.Outcome plan = EscalationPlan.forRollCall(t).at(now, EscalationPlan.Taken.of(incident), silent,
                zone -> reachableWardens(actor, t, zone, wardens), roster.coveringAt(t.office(), now),
                person -> phoneOf(actor, silent, phones, person));
        int sent = 0;
        for (EscalationPlan.Notice notice : plan.notices()) {
            sent += send(t, notice, wardens);
        }
        if (plan.wardensStep() || plan.officerStep()) {
            recordSteps(t, plan.wardensStep(), plan.officerStep(), now);
        }
        return new EscalationReport(sent, plan.warnings());
    }

    /**
     * Records the steps taken on the roll-call. Another instance escalating the same roll-call at
     * once may have recorded them first: its notices had the same ids, so the outbox kept one of
     * each; the steps it recorded stand, and only those it did not take are added.
     */
    private void recordSteps(CommunicationTest t, boolean wardens, boolean officer, Instant now) {
        CommunicationTest current = t;
        for (int attempt = 1; ; attempt++) {
            Incident incident = current.incident().orElseThrow();
            Incident next = incident;
            if (wardens && incident.wardensAlertedAt().isEmpty()) {
                next = next.withWardensAlerted(now);
            }
            if (officer && incident.officerAlertedAt().isEmpty()) {
                next = next.withOfficerAlerted(now);
            }
            if (next.equals(incident)) {
                return;
            }
            try {
                tests.save(current.withIncident(next));
                return;
            } catch (VersionConflictException e) {
                if (attempt >= STEP_ATTEMPTS) {
                    throw e;
                }
                current = tests.findById(t.id()).orElseThrow(() -> new NotFoundException(TYPE, t.id()));
            }
        }
    }

    /** The zone's warden and alternates reachable on the roll-call's channels, remembered by person. */
    private List<PersonId> reachableWardens(Actor actor, CommunicationTest t, WardenZoneId zone,
                                            Map<PersonId, Reachable> known) {
        List<PersonId> reachable = new ArrayList<>();
        for (Reachable w : directory.wardens(actor, zone)) {
            if (Broadcaster.reachableOn(w, t.channels())) {
                known.put(w.person(), w);
                reachable.add(w.person());
            }
        }
        return reachable;
    }

    /**
     * The phone of a silent person, for the notices that name them: the phones of every silent person
     * are read from the contact directory (audited) the first time a notice asks for one.
     */
    private Optional<String> phoneOf(Actor actor, List<EscalationPlan.Silent> silent,
                                     Map<PersonId, Optional<String>> phones,
                                     PersonId person) {
        if (phones.isEmpty()) {
            silent.forEach(p -> phones.put(p.person(), Optional.empty()));
            for (Reachable r : directory.persons(actor, silent.stream().map(EscalationPlan.Silent::person).toList())) {
                phones.put(r.person(), Broadcaster.address(r, Channel.SMS));
            }
        }
        return phones.getOrDefault(person, Optional.empty());
    }

    /**
     * Sends a notice: to a warden on every channel of the roll-call they can be reached on, to an
     * on-call shift by SMS to its duty phone; each in pages that fit the channel. Returns how many
     * messages went out now.
     */
    private int send(CommunicationTest t, EscalationPlan.Notice planned, Map<PersonId, Reachable> wardens) {
        String id = t.noticeId(planned.key());
        EscalationPlan.Notice notice = worded(broadcaster.texts().settings(t.office()), t, planned, wardens);
        if (notice.to() instanceof EscalationPlan.Recipient.Warden warden) {
            return broadcaster.notifyOnEvery(id, t.office(), wardens.get(warden.person()), t.channels(),
                    channel -> notice.pages(EscalationPlan.PAGE_LENGTH.get(channel)));
        }
        EscalationPlan.Recipient.OnCall shift = (EscalationPlan.Recipient.OnCall) notice.to();
        List<String> pages = notice.pages(EscalationPlan.PAGE_LENGTH.get(Channel.SMS));
        int sent = 0;
        for (int k = 0; k < pages.size(); k++) {
            if (broadcaster.send(pages.size() == 1 ? id : id + "-" + (k + 1), t.office(), Optional.empty(),
                    Channel.SMS, shift.phone(), pages.get(k))) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * The notice in its recipient's words: a warden's in their language, the officer's in the
     * office's default, from the office's template of the notice's kind.
     */
    static EscalationPlan.Notice worded(MessageSettings settings, CommunicationTest t, EscalationPlan.Notice notice,
                                        Map<PersonId, Reachable> wardens) {
        EscalationPlan plan = EscalationPlan.forRollCall(t);
        Map<String, String> values = new HashMap<>();
        values.put("title", t.title());
        return switch (notice.reason()) {
            case SILENT_PAST_WARDEN_DELAY -> {
                EscalationPlan.Recipient.Warden warden = (EscalationPlan.Recipient.Warden) notice.to();
                values.put("zone", warden.zone().toString());
                values.put("minutes", Long.toString(plan.wardenAfter().toMinutes()));
                yield MessageTexts.digest(settings, MessageKind.ROLL_CALL_SILENT_TO_WARDEN,
                        wardens.get(warden.person()).language(), values, notice);
            }
            case NO_REACHABLE_WARDEN -> {
                values.put("minutes", Long.toString(plan.wardenAfter().toMinutes()));
                yield MessageTexts.digest(settings, MessageKind.ROLL_CALL_SILENT_NO_WARDEN, Optional.empty(), values,
                        notice);
            }
            case SILENT_PAST_OFFICER_DELAY -> {
                values.put("minutes", Long.toString(plan.officerAfter().toMinutes()));
                yield MessageTexts.digest(settings, MessageKind.ROLL_CALL_SILENT_TO_OFFICER, Optional.empty(), values,
                        notice);
            }
        };
    }

    private static String persons(int n) {
        return n == 1 ? "1 person" : n + " persons";
    }
}
