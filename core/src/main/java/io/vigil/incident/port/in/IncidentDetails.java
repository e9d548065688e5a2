package io.vigil.incident.port.in;

import io.vigil.incident.domain.Severity;
import io.vigil.incident.domain.Verification;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * An incident as a caller reports it: category and subtype (codes of the office's taxonomy), what
 * happened, when and where, who and what it affected, how grave it is, the source and how far it
 * is verified (default unverified). Who reported it is the caller.
 */
public record IncidentDetails(
        @NotBlank @Size(max = 50) String category,
        @NotBlank @Size(max = 50) String subtype,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 10_000) String narrative,
        @NotNull Instant occurredAt,
        @NotNull @Valid PlaceDetails place,
        @Size(max = 200) List<@NotNull @Valid PersonAffectedDetails> persons,
        @Size(max = 100) List<@NotNull @Valid AssetAffectedDetails> assets,
        @NotNull Severity severity,
        @NotBlank @Size(max = 300) String source,
        Verification verification) {
    public IncidentDetails {
        persons = persons == null ? List.of() : persons;
        assets = assets == null ? List.of() : assets;
        verification = verification == null ? Verification.UNVERIFIED : verification;
    }
}
