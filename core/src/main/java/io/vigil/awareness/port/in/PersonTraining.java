package io.vigil.awareness.port.in;

import io.vigil.awareness.domain.Briefing;
import io.vigil.awareness.domain.Completion;
import io.vigil.kernel.PersonId;
import java.time.Instant;
import java.util.List;

/**
 * One person's training record at an instant: their status on every course of the catalogue (by
 * code), their completions and the briefings they attended (latest first).
 */
public record PersonTraining(PersonId person, Instant at, List<CourseStanding> courses, List<Completion> completions,
                             List<Briefing> briefings) {
    public PersonTraining {
        courses = List.copyOf(courses);
        completions = List.copyOf(completions);
        briefings = List.copyOf(briefings);
    }
}
