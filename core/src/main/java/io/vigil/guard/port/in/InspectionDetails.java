package io.vigil.guard.port.in;

import io.vigil.guard.domain.ChecklistResult;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** A site inspection as recorded: contract, site, when (local time), inspector, checklist, findings, evidence references. */
public record InspectionDetails(
        @NotNull UUID contract,
        @NotNull UUID site,
        @NotNull LocalDateTime at,
        @NotBlank @Size(max = 200) String inspector,
        @Size(max = 6) List<@NotNull ChecklistResult> checklist,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> findings,
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> evidence) {
    public InspectionDetails {
        checklist = checklist == null ? List.of() : checklist;
        findings = findings == null ? List.of() : findings;
        evidence = evidence == null ? List.of() : evidence;
    }
}
