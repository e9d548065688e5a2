package io.vigil.rest.awareness;

import io.vigil.awareness.port.in.CourseStanding;
import io.vigil.awareness.port.in.PersonTraining;
import java.time.Instant;
import java.util.List;

/** A person's training record at an instant: status per course, completions and briefings attended. */
public record TrainingRecordResource(String person, Instant at, List<CourseStanding> courses,
                                     List<CompletionResource> completions, List<BriefingResource> briefings) {

    public static TrainingRecordResource from(PersonTraining t) {
        return new TrainingRecordResource(t.person().toString(), t.at(), t.courses(),
                t.completions().stream().map(c -> CompletionResource.from(c, t.at())).toList(),
                t.briefings().stream().map(BriefingResource::from).toList());
    }
}
