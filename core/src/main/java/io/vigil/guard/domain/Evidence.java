package io.vigil.guard.domain;

import io.vigil.kernel.Require;

/** The evidence of a performance issue: an inspection (by its id) or a report (by its reference). */
public record Evidence(EvidenceKind kind, String reference) {
    public Evidence {
        Require.nonNull(kind, "evidence.kind");
        reference = Require.text(reference, "evidence.reference", 200);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + " " + reference;
    }
}
