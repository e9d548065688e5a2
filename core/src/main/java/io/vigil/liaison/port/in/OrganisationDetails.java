package io.vigil.liaison.port.in;

import io.vigil.liaison.domain.OrganisationKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a caller says about an organisation the office liaises with (notes may be null: none). */
public record OrganisationDetails(@NotBlank @Size(max = 200) String name, @NotNull OrganisationKind kind,
                                  @Size(max = 2000) String notes) {
}
