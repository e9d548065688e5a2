package io.vigil.review.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.util.List;

/**
 * One line of a review's detail list (what is overdue, who has not acknowledged): the record it is
 * about, its text, which may name persons, and the persons it concerns (for the audit trail). Only
 * readers of {@link ReviewData#REVIEW_DETAILS} see findings.
 */
public record Finding(String record, String text, List<PersonId> persons) {
    public Finding {
        record = Require.text(record, "record", 200);
        text = Require.text(text, "text", 1000);
        persons = Require.noNulls(persons, "persons");
    }
}
