package io.vigil.incident.port.in;

import io.vigil.incident.domain.Harm;
import io.vigil.kernel.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person affected, as a caller names them: the person of the office (if one), their name and harm. */
public record PersonAffectedDetails(PersonId person, @NotBlank @Size(max = 200) String name, @NotNull Harm harm) {
}
