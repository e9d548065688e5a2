package io.vigil.awareness.application;

import io.vigil.awareness.event.TrainingChanged;
import io.vigil.kernel.event.DomainEventPublisher;
import io.vigil.awareness.domain.AwarenessData;
import io.vigil.awareness.domain.Completion;
import io.vigil.awareness.domain.CompletionId;
import io.vigil.awareness.domain.Course;
import io.vigil.awareness.port.in.CompletionDetails;
import io.vigil.awareness.port.in.RecordCompletionsUseCase;
import io.vigil.awareness.port.out.CompletionLog;
import io.vigil.awareness.port.out.CourseCatalogue;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.port.in.ManageOfficesUseCase;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Completions, each about its person: recorded by security staff for a person and a course of the
 * office, with the course's validity in force when first recorded. The expiry is counted on the
 * calendar of the office's zone when the completion is recorded or edited (UTC for an office without
 * a profile).
 */
final class CompletionService extends GuardedRecordsService<CompletionId, CompletionDetails, Completion>
        implements RecordCompletionsUseCase {
    private final CourseCatalogue courses;
    private final Roster roster;
    private final AccessGuard guard;
    private final CommandValidator validator;
    private final Clock clock;
    private final DomainEventPublisher events;
    private final ManageOfficesUseCase offices;

    CompletionService(CompletionLog completions, CourseCatalogue courses, Roster roster, AccessGuard guard,
                      CommandValidator validator, Clock clock, DomainEventPublisher events,
                      ManageOfficesUseCase offices) {
        super(new GuardedRecords<>("completion", AwarenessData.TRAINING, completions, completions::list, guard)
                .about(CompletionService::target));
        this.courses = courses;
        this.roster = roster;
        this.guard = guard;
        this.validator = validator;
        this.clock = clock;
        this.events = events;
        this.offices = offices;
    }

    /** Publishes that the person's training record, just stored, changed. */
    private Completion published(Completion c) {
        events.publish(new TrainingChanged(c.office(), clock.instant(), c.person()));
        return c;
    }

    @Override
    public void remove(Actor actor, CompletionId id, long expectedVersion) {
        published(records.remove(actor, id, expectedVersion));
    }

    static AccessTarget target(Completion c) {
        return AccessTarget.person(c.office(), c.person(), Optional.empty(), Optional.empty());
    }

    @Override
    public Completion create(Actor actor, CompletionDetails details) {
        validator.validate(details);
        Course course = course(actor, details);
        Completion built = build(actor, CompletionId.random(), details, course.validityMonths());
        return published(records.create(actor, checked(actor, built)));
    }

    @Override
    public Completion update(Actor actor, CompletionId id, long expectedVersion, CompletionDetails details) {
        validator.validate(details);
        Course course = course(actor, details);
        return published(records.update(actor, id, current -> {
            Optional<Integer> months = current.course().equals(course.id()) ? current.validityMonths()
                    : course.validityMonths();
            Completion built = build(actor, id, details, months);
            return checked(actor, new Completion(id, built.office(), expectedVersion, built.person(), built.course(),
                    built.completedAt(), built.validityMonths(), built.validUntil(), built.certificate(),
                    current.recordedBy(), current.recordedAt()));
        }));
    }

    private Course course(Actor actor, CompletionDetails d) {
        return courses.findById(d.course()).filter(c -> c.office().equals(actor.office()))
                .orElseThrow(() -> InvalidCommandException.of("course", "is not a course of the catalogue of office "
                        + actor.office()));
    }

    /** The completion once its person is known to be of the office (asked only of an actor who may record it). */
    private Completion checked(Actor actor, Completion built) {
        if (guard.check(actor, Operation.WRITE, AwarenessData.TRAINING, target(built)).granted()) {
            roster.requireMember(actor, built.person(), "person");
        }
        return built;
    }

    private Completion build(Actor actor, CompletionId id, CompletionDetails d, Optional<Integer> months) {
        return CommandValidator.build("body", () -> Completion.of(id, actor.office(), d.person(), d.course(),
                d.completedAt(), months, offices.zoneOf(actor.office()).orElse(ZoneOffset.UTC),
                Optional.ofNullable(d.certificate()), actor.subject(), clock.instant()));
    }
}
