package io.vigil.rest.guard;

import io.vigil.guard.domain.ChecklistResult;
import io.vigil.guard.domain.Inspection;
import io.vigil.rest.resource.Identified;
import java.time.LocalDateTime;
import java.util.List;

/** A site inspection as the API shows it. */
public record InspectionResource(String id, String office, long version, String contract, String site,
                                 LocalDateTime at, String inspector, List<ChecklistResult> checklist, List<String> findings,
                                 List<String> evidence) implements Identified {

    /** The resource of an inspection. */
    public static InspectionResource from(Inspection i) {
        return new InspectionResource(i.id().toString(), i.office().value(), i.version(), i.contract().toString(),
                i.site().toString(), i.at(), i.inspector(), i.checklist(), i.findings(), i.evidence());
    }
}
