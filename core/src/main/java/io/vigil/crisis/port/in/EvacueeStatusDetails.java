package io.vigil.crisis.port.in;

import io.vigil.crisis.domain.EvacueeStatus;
import io.vigil.kernel.PersonId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A state recorded for a person on a relocation list, with a note (required for NOT_FOUND and STAYS). */
public record EvacueeStatusDetails(@NotNull PersonId person, @NotNull EvacueeStatus status,
                                   @Size(max = 500) String note) {
}
