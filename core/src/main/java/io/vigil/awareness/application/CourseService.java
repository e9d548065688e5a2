package io.vigil.awareness.application;

import io.vigil.awareness.domain.AwarenessData;
import io.vigil.awareness.domain.Completion;
import io.vigil.awareness.domain.Course;
import io.vigil.awareness.domain.CourseId;
import io.vigil.awareness.domain.DesignatedArea;
import io.vigil.awareness.domain.ValidityChange;
import io.vigil.awareness.port.in.CourseDetails;
import io.vigil.awareness.port.in.ManageCoursesUseCase;
import io.vigil.awareness.port.in.ValidityDetails;
import io.vigil.awareness.port.out.CompletionLog;
import io.vigil.awareness.port.out.CourseCatalogue;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The course catalogue: codes unique in the office, validity changed only with a reason, kept in the history. */
final class CourseService extends GuardedRecordsService<CourseId, CourseDetails, Course>
        implements ManageCoursesUseCase {
    private final CourseCatalogue courses;
    private final CompletionLog completions;
    private final CommandValidator validator;
    private final Clock clock;
    private final AccessGuard guard;

    @Inject
    CourseService(CourseCatalogue courses, CompletionLog completions, AccessGuard guard, CommandValidator validator,
                  Clock clock) {
        super(new GuardedRecords<>("course", AwarenessData.COURSES, courses, courses::list, guard));
        this.courses = courses;
        this.completions = completions;
        this.validator = validator;
        this.clock = clock;
        this.guard = guard;
    }

    @Override
    public Course create(Actor actor, CourseDetails details) {
        Course built = build(actor, CourseId.random(), 0, Optional.ofNullable(details).map(CourseDetails::validityMonths),
                List.of(), details);
        if (!guard.check(actor, Operation.WRITE, AwarenessData.COURSES, AccessTarget.office(actor.office()))
                .granted()) {
            return records.create(actor, built); // refused there, and the refusal audited
        }
        List<Course> catalogue = all(actor);
        if (catalogue.size() >= MAX_COURSES) {
            throw RefusedException.because("the office's catalogue already holds " + MAX_COURSES + " courses");
        }
        requireUniqueCode(catalogue, built);
        return records.create(actor, built);
    }

    @Override
    public Course update(Actor actor, CourseId id, long expectedVersion, CourseDetails details) {
        validator.validate(details);
        return records.update(actor, id, current -> {
            Optional<Integer> months = Optional.ofNullable(details.validityMonths());
            if (!months.equals(current.validityMonths())) {
                throw RefusedException.because("the validity of course " + current.code() + " is changed through"
                        + " its validity change, which records why; a replacement keeps it at "
                        + current.validityMonths().map(m -> m + " months").orElse("no expiry"));
            }
            Course built = build(actor, id, expectedVersion, months, current.history(), details);
            requireUniqueCode(all(actor), built);
            return built;
        });
    }

    @Override
    public void remove(Actor actor, CourseId id, long expectedVersion) {
        records.remove(actor, id, expectedVersion, current -> {
            int recorded = completions.ofCourse(current.office(), id).size();
            if (recorded > 0) {
                throw RefusedException.because("course " + current.code() + " has " + recorded
                        + " recorded completions; remove or correct them first");
            }
        });
    }

    @Override
    public Course changeValidity(Actor actor, CourseId id, long expectedVersion, ValidityDetails details) {
        validator.validate(details);
        Optional<Integer> months = Optional.ofNullable(details.validityMonths());
        return records.change(actor, id, expectedVersion, Operation.WRITE, current -> {
            List<Completion> kept = completions.ofCourse(current.office(), id).stream()
                    .filter(c -> c.validityMonths().equals(current.validityMonths())).toList();
            return current.withValidity(months, clock.instant(), actor.subject(), details.reason(), kept.size());
        });
    }

    private List<Course> all(Actor actor) {
        return Page.all(page -> courses.list(actor.office(), page));
    }

    private static void requireUniqueCode(List<Course> catalogue, Course built) {
        catalogue.stream().filter(c -> c.code().equalsIgnoreCase(built.code()) && !c.id().equals(built.id()))
                .findFirst().ifPresent(c -> {
                    throw RefusedException.because("course code " + built.code() + " is already that of \""
                            + c.title() + "\"");
                });
    }

    private Course build(Actor actor, CourseId id, long version, Optional<Integer> months,
                         List<ValidityChange> history, CourseDetails d) {
        validator.validate(d);
        return CommandValidator.build("body", () -> new Course(id, actor.office(), version, d.code(), d.title(),
                d.requirement(), months, areas(d), history));
    }

    private static List<DesignatedArea> areas(CourseDetails d) {
        return d.areas().stream().map(a -> CommandValidator.build("areas",
                () -> new DesignatedArea(a.name(), a.vertices()))).toList();
    }
}
