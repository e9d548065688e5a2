package io.vigil.crisis.application;

import io.vigil.alerting.port.in.CommTestDetails;
import io.vigil.crisis.domain.AfterActionReport;
import io.vigil.crisis.domain.AlertingRun;
import io.vigil.crisis.domain.CrisisData;
import io.vigil.crisis.domain.CrisisPlan;
import io.vigil.crisis.domain.DrillDue;
import io.vigil.crisis.domain.Exercise;
import io.vigil.crisis.domain.ExerciseAction;
import io.vigil.crisis.domain.ExerciseId;
import io.vigil.crisis.domain.ExerciseKind;
import io.vigil.crisis.domain.ExerciseSchedule;
import io.vigil.crisis.domain.Measurement;
import io.vigil.crisis.domain.ScheduleRule;
import io.vigil.crisis.port.in.ActionDoneDetails;
import io.vigil.crisis.port.in.ExerciseDetails;
import io.vigil.crisis.port.in.ExercisesUseCase;
import io.vigil.crisis.port.in.OverdueReport;
import io.vigil.crisis.port.in.ScheduleDetails;
import io.vigil.crisis.port.in.TreeDrillDetails;
import io.vigil.crisis.port.out.AlertingDrills;
import io.vigil.crisis.port.out.CrisisPlanStore;
import io.vigil.crisis.port.out.ExerciseLog;
import io.vigil.crisis.port.out.ExerciseScheduleStore;
import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.time.LocalTimes;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.port.in.ManageOfficesUseCase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Drills and exercises: held, measured, followed up, scheduled by recurrence rules, reported, scored by alerting runs. */
final class ExerciseService extends GuardedRecordsService<ExerciseId, ExerciseDetails, Exercise>
        implements ExercisesUseCase {
    private static final int ATTEMPTS = 5;

    private final ExerciseLog exercises;
    private final Singletons<ExerciseSchedule> schedules;
    private final CrisisPlanStore plans;
    private final AlertingDrills alerting;
    private final Persons persons;
    private final CommandValidator validator;
    private final Clock clock;

    /** The offices' profiles: drill and action dates are days of the office's zone. */
    private final ManageOfficesUseCase offices;

    ExerciseService(ExerciseLog exercises, ExerciseScheduleStore schedules, CrisisPlanStore plans,
                    AlertingDrills alerting, Persons persons, ManageOfficesUseCase offices, AccessGuard guard,
                    CommandValidator validator, Clock clock) {
        super(new GuardedRecords<>("exercise", CrisisData.EXERCISES, exercises, exercises::list, guard));
        this.offices = offices;
        this.exercises = exercises;
        this.schedules = new Singletons<>("exercise-schedule", CrisisData.EXERCISES, schedules,
                ExerciseSchedule::empty, guard);
        this.plans = plans;
        this.alerting = alerting;
        this.persons = persons;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public Exercise create(Actor actor, ExerciseDetails details) {
        Exercise built = build(actor, ExerciseId.random(), 0, details, Optional.empty());
        records.requireOffice(actor, Operation.WRITE, AuditAction.CREATE, built.id().toString());
        if (exercises.list(actor.office(), PageRequest.first(1)).total() >= MAX_EXERCISES) {
            throw RefusedException.because("the office already keeps " + MAX_EXERCISES + " drills");
        }
        persons.require(actor, named(details));
        return records.create(actor, built);
    }

    @Override
    public Exercise update(Actor actor, ExerciseId id, long expectedVersion, ExerciseDetails details) {
        Exercise built = build(actor, id, expectedVersion, details, Optional.empty());
        return records.update(actor, id, current -> {
            persons.require(actor, named(details));
            return new Exercise(id, current.office(), expectedVersion, built.kind(), built.title(), built.heldAt(),
                    built.participants(), built.measurements(), built.findings(), built.actions(), current.alerting());
        });
    }

    @Override
    public Exercise actionDone(Actor actor, ExerciseId id, int action, ActionDoneDetails details) {
        validator.validate(details);
        if (details.done().isAfter(today(actor, clock.instant()))) {
            throw InvalidCommandException.of("done", "must not be in the future");
        }
        return records.changeLatest(actor, id, Operation.WRITE, ATTEMPTS, e -> e.actionDone(action, details.done()));
    }

    @Override
    public String report(Actor actor, ExerciseId id) {
        Exercise e = records.get(actor, id);
        List<PersonId> owners = e.actions().stream().map(ExerciseAction::owner).distinct().toList();
        return AfterActionReport.markdown(e, persons.names(actor, owners), clock.instant(), zone(actor));
    }

    @Override
    public Exercise runCommunicationTest(Actor actor, ExerciseId id, CommTestDetails details) {
        requireNoRun(records.load(actor, id, Operation.WRITE, AuditAction.UPDATE));
        AlertingRun run = alerting.startTest(actor, details);
        return records.changeLatest(actor, id, Operation.WRITE, ATTEMPTS, e -> e.withAlerting(run));
    }

    @Override
    public Exercise runPhoneTreeDrill(Actor actor, ExerciseId id, TreeDrillDetails details) {
        validator.validate(details);
        requireNoRun(records.load(actor, id, Operation.WRITE, AuditAction.UPDATE));
        AlertingRun run = alerting.startTreeDrill(actor, details.tree(), details.targetMinutes());
        return records.changeLatest(actor, id, Operation.WRITE, ATTEMPTS, e -> e.withAlerting(run));
    }

    @Override
    public Exercise score(Actor actor, ExerciseId id) {
        Exercise current = records.load(actor, id, Operation.WRITE, AuditAction.UPDATE);
        AlertingRun run = current.alerting().orElseThrow(() -> RefusedException.because(
                "the drill ran no communication test or phone-tree drill"));
        AlertingRun.Score score = alerting.score(actor, run);
        return records.changeLatest(actor, id, Operation.WRITE, ATTEMPTS, e -> e.withAlerting(run.scored(score)));
    }

    @Override
    public ExerciseSchedule schedule(Actor actor) {
        return schedules.get(actor);
    }

    @Override
    public ExerciseSchedule setSchedule(Actor actor, long expectedVersion, ScheduleDetails details) {
        List<FieldViolation> violations = new ArrayList<>();
        try {
            validator.validate(details);
        } catch (InvalidCommandException e) {
            if (details == null || details.rules() == null) {
                throw e;
            }
            violations.addAll(e.violations());
        }
        List<ScheduleRule> rules = new ArrayList<>();
        for (int i = 0; i < details.rules().size(); i++) {
            ScheduleDetails.RuleDetails r = details.rules().get(i);
            if (r == null || r.kind() == null || r.rule() == null || r.rule().isBlank() || r.start() == null) {
                continue; // named by the validator
            }
            try {
                rules.add(new ScheduleRule(r.kind(), r.rule(), r.start()));
            } catch (InvalidValueException e) {
                violations.add(new FieldViolation("rules[" + i + "]." + e.field(), e.reason()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations.stream().sorted(java.util.Comparator.comparing(
                    FieldViolation::field)).toList());
        }
        return schedules.change(actor, Operation.WRITE, expectedVersion,
                current -> new ExerciseSchedule(current.id(), current.version(), rules));
    }

    @Override
    public OverdueReport overdue(Actor actor, Instant at) {
        records.requireOffice(actor, Operation.READ, AuditAction.READ, actor.office().value());
        LocalDate today = today(actor, at);
        List<Exercise> all = Page.all(page -> exercises.list(actor.office(), page));
        Map<ExerciseKind, LocalDate> lastHeld = new EnumMap<>(ExerciseKind.class);
        for (Exercise e : all) {
            LocalDate held = today(actor, e.heldAt());
            lastHeld.merge(e.kind(), held, (a, b) -> a.isAfter(b) ? a : b);
        }
        List<DrillDue> drills = schedules.load(actor.office()).rules().stream()
                .map(r -> DrillDue.of(r, Optional.ofNullable(lastHeld.get(r.kind())), today))
                .sorted(Comparator.comparing((DrillDue d) -> !d.overdue()).thenComparing(d -> d.kind()))
                .toList();
        List<OverdueReport.OverdueAction> actions = all.stream()
                .flatMap(e -> e.overdueActions(today).stream().map(a -> new OverdueReport.OverdueAction(e.id(),
                        e.title(), a)))
                .sorted(Comparator.comparing(a -> a.action().due())).toList();
        CrisisPlan plan = plans.findById(actor.office()).orElseGet(() -> CrisisPlan.empty(actor.office()));
        return new OverdueReport(drills, actions, plan.dues(at));
    }

    private static void requireNoRun(Exercise e) {
        e.alerting().ifPresent(r -> {
            throw RefusedException.because("the drill already ran a " + r.kind() + " (" + r.run() + ")");
        });
    }

    private Exercise build(Actor actor, ExerciseId id, long version, ExerciseDetails d, Optional<AlertingRun> run) {
        validator.validate(d);
        if (d.heldAt().isAfter(clock.instant())) {
            throw InvalidCommandException.of("heldAt", "must not be in the future");
        }
        List<ExerciseAction> actions = new ArrayList<>();
        for (int i = 0; i < d.actions().size(); i++) {
            ExerciseDetails.ActionDetails a = d.actions().get(i);
            int number = i + 1;
            actions.add(CommandValidator.build("actions[" + i + "]", () -> new ExerciseAction(number,
                    a.description(), a.owner(), a.due(), Optional.ofNullable(a.done()))));
        }
        return CommandValidator.build("body", () -> new Exercise(id, actor.office(), version, d.kind(), d.title(),
                d.heldAt(), d.participants(), d.measurements().stream()
                .map(m -> new Measurement(m.name(), m.measuredSeconds(), m.targetSeconds())).toList(),
                d.findings(), actions, run));
    }

    private static Map<String, PersonId> named(ExerciseDetails d) {
        Map<String, PersonId> named = new LinkedHashMap<>();
        for (int i = 0; i < d.participants().size(); i++) {
            named.put("participants[" + i + "]", d.participants().get(i));
        }
        for (int i = 0; i < d.actions().size(); i++) {
            named.put("actions[" + i + "].owner", d.actions().get(i).owner());
        }
        return named;
    }

    /** The day the instant falls on in the actor's office's zone (UTC for an office without a profile). */
    private LocalDate today(Actor actor, Instant at) {
        return LocalTimes.day(at, zone(actor));
    }

    /** The actor's office's zone (UTC for an office without a profile). */
    private java.time.ZoneId zone(Actor actor) {
        return offices.zoneOf(actor.office()).orElse(ZoneOffset.UTC);
    }
}
