package io.vigil.rest;

import java.util.Optional;

/**
 * The optional parts of the API that need an adapter the REST module does not know: the CSV
 * roster import and the assessment report. An absent one's route is not served.
 */
public record Extensions(Optional<RosterImporter> roster, Optional<AssessmentReports> reports) {

    /** No extensions. */
    public static Extensions none() {
        return new Extensions(Optional.empty(), Optional.empty());
    }
}
