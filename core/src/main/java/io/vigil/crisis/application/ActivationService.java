package io.vigil.crisis.application;

import io.vigil.alerting.port.in.NoticesUseCase;
import io.vigil.alerting.port.in.TemplatedNotice;
import io.vigil.crisis.domain.Activation;
import io.vigil.crisis.domain.ActivationId;
import io.vigil.crisis.domain.CrisisData;
import io.vigil.crisis.domain.CrisisTeam;
import io.vigil.crisis.domain.MemberCall;
import io.vigil.crisis.domain.PlanVersion;
import io.vigil.crisis.domain.Scenario;
import io.vigil.crisis.domain.SitrepTopic;
import io.vigil.crisis.domain.TeamSeat;
import io.vigil.crisis.port.in.ActivationDetails;
import io.vigil.crisis.port.in.ActivationsUseCase;
import io.vigil.crisis.port.in.AnswerDetails;
import io.vigil.crisis.port.in.NoteDetails;
import io.vigil.crisis.port.in.SweepReport;
import io.vigil.crisis.port.in.TopicDetails;
import io.vigil.crisis.port.out.ActivationLog;
import io.vigil.crisis.port.out.CrisisIncidents;
import io.vigil.crisis.port.out.CrisisMessage;
import io.vigil.crisis.port.out.CrisisPlanStore;
import io.vigil.crisis.port.out.CrisisTeamStore;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.port.in.Reachable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Activations of the crisis team: members told and their answers, the log, the situation reports and their reminders. */
final class ActivationService implements ActivationsUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(ActivationService.class);
    private static final int ATTEMPTS = 5;

    private final ActivationLog activations;
    private final CrisisTeamStore teams;
    private final CrisisPlanStore plans;
    private final GuardedRecords<ActivationId, Activation> records;
    private final Notices notices;
    private final CrisisIncidents incidents;
    private final Persons persons;
    private final AccessGuard guard;
    private final CommandValidator validator;
    private final Clock clock;

    ActivationService(ActivationLog activations, CrisisTeamStore teams, CrisisPlanStore plans, Notices notices,
                      CrisisIncidents incidents, Persons persons, AccessGuard guard, CommandValidator validator,
                      Clock clock) {
        this.activations = activations;
        this.teams = teams;
        this.plans = plans;
        this.records = new GuardedRecords<>("activation", CrisisData.CRISIS_ACTIVATION, activations,
                activations::list, guard);
        this.notices = notices;
        this.incidents = incidents;
        this.persons = persons;
        this.guard = guard;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public Activation activate(Actor actor, ActivationDetails details) {
        validator.validate(details);
        records.requireOffice(actor, Operation.WRITE, AuditAction.CREATE, actor.office().value());
        Optional<CrisisIncidents.Report> incident = Optional.ofNullable(details.incident()).filter(s -> !s.isBlank())
                .map(i -> incidents.read(actor, i.strip()));
        Optional<PlanVersion> plan = plans.findById(actor.office()).flatMap(p -> p.current());
        String scenario = plan.map(v -> v.content().scenario(details.scenario()).map(Scenario::name)
                .orElseThrow(() -> InvalidCommandException.of("scenario", "must be a scenario of the plan in force"
                        + " (version " + v.number() + "): " + v.content().scenarios().stream().map(Scenario::name)
                        .collect(Collectors.joining(", ")))))
                .orElse(details.scenario());
        CrisisTeam team = teams.findById(actor.office()).filter(t -> !t.seats().isEmpty())
                .orElseThrow(() -> RefusedException.because("the office has no crisis team to activate"));
        int open = activations.open(actor.office()).size();
        if (open >= MAX_OPEN) {
            throw RefusedException.because("the office already has " + MAX_OPEN + " open activations;"
                    + " stand one down first");
        }
        ActivationId id = ActivationId.random();
        Instant now = clock.instant();
        Map<PersonId, Reachable> reach = notices.reach(actor, team.members());
        NoticesUseCase.NoticeWording words = notices.wording(actor.office());
        List<MemberCall> members = new ArrayList<>();
        List<CrisisMessage> batch = new ArrayList<>();
        for (TeamSeat seat : team.seats()) {
            List<PersonId> seated = new ArrayList<>();
            seated.add(seat.principal());
            seated.addAll(seat.alternates());
            for (PersonId person : seated) {
                if (members.stream().anyMatch(m -> m.person().equals(person))) {
                    continue;
                }
                boolean alternate = !person.equals(seat.principal());
                List<CrisisMessage> mine = notices.to(actor.office(), Optional.ofNullable(reach.get(person)), person,
                        "crisis-" + id + "-" + person, words, alternate ? TemplatedNotice.CRISIS_ACTIVATED_ALTERNATE
                                : TemplatedNotice.CRISIS_ACTIVATED, Map.of("scenario", scenario, "trigger",
                                details.trigger(), "role", seat.role().name(), "activation", id.toString()), Map.of());
                batch.addAll(mine);
                members.add(MemberCall.told(person, seat.role(), alternate, mine.size()));
            }
        }
        Activation built = CommandValidator.build("body", () -> new Activation(id, actor.office(), 0,
                incident.map(CrisisIncidents.Report::id), scenario, details.trigger(), actor.subject(), now, members,
                List.of(new io.vigil.crisis.domain.LogEntry(now, actor.subject(), "activated" + incident
                        .map(i -> " from incident " + i.id() + " (" + i.title() + ")").orElse(" by hand") + ": "
                        + details.trigger())), List.of(), Optional.empty()));
        Activation saved = records.create(actor, built);
        try {
            notices.send(batch);
        } catch (RuntimeException e) {
            LOG.warn("Activation {} is stored but its notices could not be queued ({})", id, e.toString());
        }
        return saved;
    }

    @Override
    public Activation get(Actor actor, ActivationId id) {
        return records.get(actor, id);
    }

    @Override
    public Page<Activation> list(Actor actor, PageRequest page) {
        return records.list(actor, page);
    }

    @Override
    public Activation answer(Actor actor, ActivationId id, AnswerDetails details) {
        validator.validate(details);
        PersonId person = Optional.ofNullable(details.person()).or(actor::person).orElseThrow(() ->
                InvalidCommandException.of("person", "must be given when the actor is not a person of the office"));
        boolean self = actor.person().equals(Optional.of(person));
        for (int attempt = 1; ; attempt++) {
            Activation current = activations.findById(id).filter(a -> a.office().equals(actor.office()))
                    .orElseThrow(() -> new NotFoundException("activation", id));
            AccessTarget target = self ? AccessTarget.person(actor.office(), person, Optional.empty(), Optional.empty())
                    : AccessTarget.office(actor.office());
            guard.require(actor, Operation.WRITE, CrisisData.CRISIS_ACTIVATION, target, AuditAction.UPDATE,
                    "activation", id.toString());
            Activation next = CommandValidator.build("body", () -> current.answer(person, details.answer(),
                    actor.subject(), clock.instant()));
            if (next == current) {
                return current;
            }
            try {
                return activations.save(next);
            } catch (VersionConflictException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public Activation note(Actor actor, ActivationId id, NoteDetails details) {
        validator.validate(details);
        return records.changeLatest(actor, id, Operation.WRITE, ATTEMPTS,
                a -> a.note(details.text(), actor.subject(), clock.instant()));
    }

    @Override
    public Activation addTopic(Actor actor, ActivationId id, TopicDetails details) {
        validator.validate(details);
        records.load(actor, id, Operation.WRITE, AuditAction.UPDATE);
        persons.require(actor, Map.of("owner", details.owner()));
        return records.changeLatest(actor, id, Operation.WRITE, ATTEMPTS, a -> a.addTopic(details.title(),
                details.owner(), details.cadenceMinutes(), actor.subject(), clock.instant()));
    }

    @Override
    public Activation updateTopic(Actor actor, ActivationId id, int topic, NoteDetails details) {
        validator.validate(details);
        return records.changeLatest(actor, id, Operation.WRITE, ATTEMPTS,
                a -> a.updateTopic(topic, details.text(), actor.subject(), clock.instant()));
    }

    @Override
    public Activation standDown(Actor actor, ActivationId id, NoteDetails details) {
        validator.validate(details);
        return records.changeLatest(actor, id, Operation.WRITE, ATTEMPTS,
                a -> a.standDown(details.text(), actor.subject(), clock.instant()));
    }

    @Override
    public SweepReport remindDue(Actor actor) {
        // quietly: a sweep runs every minute; only a denial, and the contacts read for a reminder, are audited
        guard.requireQuietly(actor, Operation.WRITE, CrisisData.CRISIS_ACTIVATION, AccessTarget.office(actor.office()),
                AuditAction.UPDATE, "activation", actor.office().value());
        Instant now = clock.instant();
        List<Activation> open = activations.open(actor.office());
        List<PersonId> owners = open.stream().flatMap(a -> a.dueTopics(now).stream()).map(SitrepTopic::owner)
                .distinct().toList();
        if (owners.isEmpty()) {
            return new SweepReport(0, List.of());
        }
        Map<PersonId, Reachable> reach = notices.reach(actor, owners);
        NoticesUseCase.NoticeWording words = notices.wording(actor.office());
        List<CrisisMessage> batch = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Activation a : open) {
            for (SitrepTopic t : a.dueTopics(now)) {
                List<CrisisMessage> mine = notices.to(a.office(), Optional.ofNullable(reach.get(t.owner())), t.owner(),
                        "crisis-" + a.id() + "-t" + t.number() + "-" + t.nextUpdate().getEpochSecond(), words,
                        TemplatedNotice.SITREP_DUE, Map.of("topic", Integer.toString(t.number()), "title", t.title(),
                                "scenario", a.scenario(), "activation", a.id().toString()),
                        Map.of("due", t.nextUpdate()));
                if (mine.isEmpty()) {
                    warnings.add("topic " + t.number() + " of activation " + a.id() + ": its owner " + t.owner()
                            + " has no address to be reminded on");
                }
                batch.addAll(mine);
            }
        }
        return new SweepReport(notices.send(batch), warnings);
    }
}
