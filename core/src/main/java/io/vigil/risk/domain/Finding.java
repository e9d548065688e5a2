package io.vigil.risk.domain;

import io.vigil.kernel.Require;
import java.util.List;

/**
 * What a site visit found about one requirement of the checklist, with the references of its
 * evidence (photos, drawings, test reports: at most {@value #MAX_EVIDENCE}).
 */
public record Finding(String requirement, FindingStatus status, String note, List<String> evidence) {
    /** The most evidence references of one finding. */
    public static final int MAX_EVIDENCE = 20;

    public Finding {
        requirement = Require.text(requirement, "requirement", 40);
        Require.nonNull(status, "status");
        note = note == null ? "" : note.strip();
        Require.that(note.length() <= 2000, "note", "must be at most 2000 characters");
        evidence = Require.noNulls(evidence, "evidence").stream().map(e -> Require.text(e, "evidence", 500)).toList();
        Require.that(evidence.size() <= MAX_EVIDENCE, "evidence", "must be at most " + MAX_EVIDENCE + " references");
    }
}
