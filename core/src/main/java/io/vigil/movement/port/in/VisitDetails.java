package io.vigil.movement.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.movement.domain.Visit;
import io.vigil.movement.domain.VisitKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A visit as security staff plan it: title, kind, the principal (the senior official, in words),
 * its members (1 to 50 persons of the office), its dates (at most 60 days), its programme (up to 60
 * items) and its protective measures (up to 40). The advance site assessment, the support requests
 * and the members' clearances have their own steps.
 */
public record VisitDetails(@NotBlank @Size(max = 200) String title,
                           @NotNull VisitKind kind,
                           @Size(max = 200) String principal,
                           @NotNull @Size(min = 1, max = Visit.MAX_MEMBERS) List<@NotNull PersonId> members,
                           @NotNull Instant starts,
                           @NotNull Instant ends,
                           @Size(max = Visit.MAX_PROGRAMME) List<@NotNull @Valid ProgrammeItemDetails> programme,
                           @Size(max = Visit.MAX_MEASURES) List<@NotNull @Valid ProtectiveMeasureDetails> measures) {
    public VisitDetails {
        programme = programme == null ? List.of() : programme;
        measures = measures == null ? List.of() : measures;
    }
}
