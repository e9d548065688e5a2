package io.vigil.alerting.application;

import io.vigil.alerting.domain.AlertingData;
import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.domain.Score;
import io.vigil.alerting.domain.Target;
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
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.port.in.ContactDirectoryUseCase;
import io.vigil.people.port.in.LocatePersonnelUseCase;
import io.vigil.people.port.in.LocateQuery;
import io.vigil.people.port.in.LocatorResult;
import io.vigil.people.port.in.Reachable;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Roll-calls: a communication test whose audience the locator finds in an incident's area, with
 * escalation of silence by the clock. The escalation steps are recorded on the roll-call after
 * their messages went out; a crash in between resends them under the same ids, which the gateway
 * does not send twice.
 */
final class RollCallService implements RollCallsUseCase {
    static final String TYPE = "roll-call";
    private static final Duration SKEW = Duration.ofMinutes(1);
    private static final int NAMES_IN_A_MESSAGE = 25;

    private final CommunicationTestRegistry tests;
    private final CheckInLog checkIns;
    private final Broadcaster broadcaster;
    private final OfficerAlerts officers;
    private final ContactDirectoryUseCase directory;
    private final LocatePersonnelUseCase locator;
    private final OnCallRoster roster;
    private final GuardedRecords<CommTestId, CommunicationTest> records;
    private final CommandValidator validator;
    private final Clock clock;

    @Inject
    RollCallService(CommunicationTestRegistry tests, CheckInLog checkIns, Broadcaster broadcaster,
                    OfficerAlerts officers, ContactDirectoryUseCase directory, LocatePersonnelUseCase locator,
                    OnCallRoster roster, AccessGuard guard, CommandValidator validator, Clock clock) {
        this.tests = tests;
        this.checkIns = checkIns;
        this.broadcaster = broadcaster;
        this.officers = officers;
        this.directory = directory;
        this.locator = locator;
        this.roster = roster;
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
        LocatorResult found = locator.locate(actor, new LocateQuery(d.outline(), at.minus(
                Duration.ofMinutes(d.lookbackMinutes())), at));
        Map<PersonId, String> reasons = found.reasons();
        List<Reachable> audience = directory.persons(actor, reasons.keySet());
        if (audience.isEmpty()) {
            throw InvalidCommandException.of("outline", "holds nobody of office " + actor.office() + " between "
                    + at.minus(Duration.ofMinutes(d.lookbackMinutes())) + " and " + at + ", so there is nobody to ask");
        }
        Map<PersonId, WardenZoneId> zones = directory.zones(actor, reasons.keySet());
        List<Incident.Affected> affected = audience.stream().map(r -> new Incident.Affected(r.person(),
                r.displayName(), Optional.ofNullable(zones.get(r.person())), reasons.get(r.person()))).toList();
        CommunicationTest rollCall = CommandValidator.build("body", () -> new CommunicationTest(CommTestId.random(),
                actor.office(), 0, d.description(), d.channels(), affected.stream().map(Incident.Affected::person)
                .toList(), Broadcaster.unreachable(audience, d.channels()), now,
                now.plus(Duration.ofMinutes(d.openMinutes())), new Target(d.targetPercent(), d.targetMinutes()),
                actor.subject(), Optional.of(new Incident(d.outline(), at, d.wardenAfterMinutes(),
                d.officerAfterMinutes(), affected, Optional.empty(), Optional.empty()))));
        CommunicationTest saved = tests.save(rollCall);
        broadcaster.request(saved, audience, CommunicationTestService.requestText(saved));
        return saved;
    }

    @Override
    public RollCallStatus status(Actor actor, CommTestId id) {
        return statusOf(rollCall(records.get(actor, id)), clock.instant());
    }

    @Override
    public EscalationReport escalate(Actor actor, CommTestId id) {
        return escalate(actor, rollCall(records.load(actor, id, Operation.WRITE, AuditAction.UPDATE)));
    }

    @Override
    public EscalationReport escalateAll(Actor actor) {
        records.requireOffice(actor, Operation.WRITE, AuditAction.UPDATE, actor.office().value());
        Instant now = clock.instant();
        int sent = 0;
        List<String> warnings = new ArrayList<>();
        for (CommunicationTest t : Page.all(page -> tests.list(actor.office(), page))) {
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

    private CommunicationTest rollCall(CommunicationTest t) {
        if (!t.rollCall()) {
            throw new NotFoundException(TYPE, t.id());
        }
        return t;
    }

    private RollCallStatus statusOf(CommunicationTest t, Instant now) {
        Incident incident = t.incident().orElseThrow();
        List<CheckIn> answers = checkIns.of(t.id());
        Map<PersonId, CheckIn> byPerson = new HashMap<>();
        answers.forEach(c -> byPerson.putIfAbsent(c.person(), c));
        Duration elapsed = Duration.between(t.startedAt(), now);
        List<RollCallStatus.Person> persons = new ArrayList<>();
        Map<State, Integer> counts = new EnumMap<>(State.class);
        for (State s : State.values()) {
            counts.put(s, 0);
        }
        for (Incident.Affected a : incident.affected()) {
            Optional<CheckIn> answer = Optional.ofNullable(byPerson.get(a.person()));
            State state = answer.map(c -> c.answer() == Answer.SAFE ? State.SAFE : State.NEEDS_HELP)
                    .orElseGet(() -> silence(incident, a, elapsed));
            counts.merge(state, 1, Integer::sum);
            persons.add(new RollCallStatus.Person(a.person(), a.name(), a.reason(), a.zone(), state, answer));
        }
        List<String> warnings = new ArrayList<>();
        if (!t.unreachable().isEmpty()) {
            warnings.add("no address on the roll-call's channels for " + persons(t.unreachable().size())
                    + " affected; reach them another way");
        }
        if ((counts.get(State.WITH_OFFICER) > 0 || counts.get(State.NEEDS_HELP) > 0)
                && roster.coveringAt(t.office(), now).isEmpty()) {
            warnings.add("nobody is on call at " + now + " to take the persons needing help or still silent");
        }
        return new RollCallStatus(t, now, persons, counts, Score.of(t, answers), warnings);
    }

    private static State silence(Incident incident, Incident.Affected a, Duration elapsed) {
        if (elapsed.compareTo(incident.officerAfter()) >= 0) {
            return State.WITH_OFFICER;
        }
        if (elapsed.compareTo(incident.wardenAfter()) >= 0) {
            return a.zone().isPresent() ? State.WITH_WARDEN : State.WITH_OFFICER;
        }
        return State.AWAITING;
    }

    private EscalationReport escalate(Actor actor, CommunicationTest t) {
        Instant now = clock.instant();
        RollCallStatus status = statusOf(t, now);
        Incident incident = t.incident().orElseThrow();
        Duration elapsed = Duration.between(t.startedAt(), now);
        int sent = 0;
        List<String> warnings = new ArrayList<>();
        Incident next = incident;
        List<RollCallStatus.Person> silent = status.persons().stream().filter(p -> p.answer().isEmpty()).toList();
        if (incident.wardensAlertedAt().isEmpty() && elapsed.compareTo(incident.wardenAfter()) >= 0) {
            List<RollCallStatus.Person> noWarden = new ArrayList<>();
            Map<WardenZoneId, List<RollCallStatus.Person>> byZone = silent.stream().filter(p -> p.zone().isPresent())
                    .collect(Collectors.groupingBy(p -> p.zone().get(), LinkedHashMap::new, Collectors.toList()));
            silent.stream().filter(p -> p.zone().isEmpty()).forEach(noWarden::add);
            for (Map.Entry<WardenZoneId, List<RollCallStatus.Person>> zone : byZone.entrySet()) {
                Optional<Reachable> warden = directory.wardens(actor, zone.getKey()).stream()
                        .filter(w -> Broadcaster.reachableOn(w, t.channels())).findFirst();
                if (warden.isEmpty()) {
                    warnings.add("zone " + zone.getKey() + " has no warden reachable on " + t.channels()
                            + "; its silent persons go to the officer on call");
                    noWarden.addAll(zone.getValue());
                    continue;
                }
                if (broadcaster.notify(t.noticeId("warden-" + warden.get().person()), t.office(), warden.get(),
                        t.channels(), "Vigil roll-call \"" + t.title() + "\": no answer after "
                                + incident.wardenAfterMinutes() + " minutes from " + persons(zone.getValue().size())
                                + " in zone " + zone.getKey() + ": " + names(zone.getValue())
                                + ". Please check on them (your zone roster has their phones).")) {
                    sent++;
                }
            }
            if (!noWarden.isEmpty()) {
                sent += tellOfficer(t, "officer-nowarden", "no answer after " + incident.wardenAfterMinutes()
                        + " minutes from " + persons(noWarden.size()) + " with no warden: " + names(noWarden),
                        warnings);
            }
            next = next.withWardensAlerted(now);
        }
        if (incident.officerAlertedAt().isEmpty() && elapsed.compareTo(incident.officerAfter()) >= 0) {
            if (!silent.isEmpty()) {
                sent += tellOfficer(t, "officer", "no answer after " + incident.officerAfterMinutes()
                        + " minutes from " + persons(silent.size()) + ": " + names(silent), warnings);
            }
            next = next.withOfficerAlerted(now);
        }
        if (!next.equals(incident)) {
            tests.save(t.withIncident(next));
        }
        return new EscalationReport(sent, warnings);
    }

    private int tellOfficer(CommunicationTest t, String notice, String what, List<String> warnings) {
        Optional<Integer> told = officers.tell(t.office(), t.noticeId(notice), "Vigil roll-call \"" + t.title()
                + "\": " + what + ".");
        if (told.isEmpty()) {
            warnings.add("nobody is on call to be told: " + what);
        }
        return told.orElse(0);
    }

    private static String names(List<RollCallStatus.Person> persons) {
        String shown = persons.stream().limit(NAMES_IN_A_MESSAGE).map(RollCallStatus.Person::name)
                .collect(Collectors.joining(", "));
        return persons.size() > NAMES_IN_A_MESSAGE ? shown + " and " + (persons.size() - NAMES_IN_A_MESSAGE)
                + " more" : shown;
    }

    private static String persons(int n) {
        return n == 1 ? "1 person" : n + " persons";
    }
}
