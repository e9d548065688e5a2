package io.vigil.awareness.application;

import io.vigil.awareness.domain.AwarenessData;
import io.vigil.awareness.domain.Course;
import io.vigil.awareness.domain.CourseId;
import io.vigil.awareness.domain.Requirement;
import io.vigil.awareness.port.in.TrainingForTravelUseCase;
import io.vigil.awareness.port.out.CompletionLog;
import io.vigil.awareness.port.out.CourseCatalogue;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The required courses and the travellers' completions, for the travel clearance rules. */
final class TrainingForTravelService implements TrainingForTravelUseCase {
    private final CourseCatalogue courses;
    private final CompletionLog completions;
    private final AccessGuard guard;

    TrainingForTravelService(CourseCatalogue courses, CompletionLog completions, AccessGuard guard) {
        this.courses = courses;
        this.completions = completions;
        this.guard = guard;
    }

    @Override
    public TravelTraining training(Actor actor, List<PersonId> persons) {
        List<PersonId> named = List.copyOf(persons);
        guard.requireForAll(actor, Operation.READ, AwarenessData.TRAINING, actor.office(), named,
                (office, p) -> AccessTarget.person(office, p, Optional.empty(), Optional.empty()), AuditAction.READ,
                TrainingRecordService.RECORD, named.stream().map(PersonId::toString).collect(Collectors.joining(",")));
        List<Course> catalogue = Page.all(page -> courses.list(actor.office(), page));
        Map<CourseId, Course> byId = catalogue.stream().collect(Collectors.toMap(Course::id, Function.identity()));
        List<RequiredCourse> required = catalogue.stream().filter(Course::required)
                .map(c -> new RequiredCourse(c.code(), c.title(), c.requirement() == Requirement.ALL,
                        c.areas().stream().map(a -> new Area(a.name(), a.vertices())).toList()))
                .toList();
        List<HeldCourse> held = new ArrayList<>();
        for (PersonId p : named) {
            completions.ofPerson(actor.office(), p).stream().filter(c -> byId.containsKey(c.course()))
                    .map(c -> new HeldCourse(p, byId.get(c.course()).code(), c.completedAt(), c.validUntil()))
                    .forEach(held::add);
        }
        return new TravelTraining(required, held);
    }
}
