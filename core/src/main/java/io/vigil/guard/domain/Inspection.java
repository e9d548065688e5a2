package io.vigil.guard.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * A site inspection under a contract: the site (a facility of the risk context), when (local
 * time), by whom, the checklist as found, the findings and references to photos or documents.
 */
public record Inspection(InspectionId id, OfficeId office, long version, GuardContractId contract, UUID site,
                         LocalDateTime at, String inspector, List<ChecklistResult> checklist, List<String> findings,
                         List<String> evidence) implements Versioned<InspectionId, Inspection> {
    /** The most findings or evidence references of one inspection. */
    public static final int MAX_ITEMS = 50;

    public Inspection {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(contract, "contract");
        Require.nonNull(site, "site");
        Require.nonNull(at, "at");
        inspector = Require.text(inspector, "inspector", 200);
        checklist = Require.noNulls(checklist, "checklist");
        Require.that(checklist.stream().map(ChecklistResult::item).distinct().count() == checklist.size(), "checklist",
                "must name each item once");
        Require.that(checklist.size() <= EnumSet.allOf(CheckItem.class).size(), "checklist", "has too many items");
        findings = Require.noNulls(findings, "findings").stream().map(f -> Require.text(f, "findings", 2000)).toList();
        Require.that(findings.size() <= MAX_ITEMS, "findings", "must be at most " + MAX_ITEMS);
        evidence = Require.noNulls(evidence, "evidence").stream().map(e -> Require.text(e, "evidence", 500)).toList();
        Require.that(evidence.size() <= MAX_ITEMS, "evidence", "must be at most " + MAX_ITEMS);
    }

    @Override
    public Inspection withVersion(long newVersion) {
        return new Inspection(id, office, newVersion, contract, site, at, inspector, checklist, findings, evidence);
    }
}
