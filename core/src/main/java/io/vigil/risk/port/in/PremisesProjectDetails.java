package io.vigil.risk.port.in;

import io.vigil.risk.domain.FacilityId;
import io.vigil.risk.domain.PlannedAsset;
import io.vigil.risk.domain.ProjectKind;
import io.vigil.risk.domain.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a caller says about a premises project: its title, kind, the facility (an office or a
 * residence), its phases, its checklist (null: the standard one) and the systems it installs.
 * Visits, advice, conditions and sign-off are recorded by their own operations and kept on replace.
 */
public record PremisesProjectDetails(@NotBlank @Size(max = 200) String title, @NotNull ProjectKind kind,
                                     @NotNull FacilityId facility,
                                     @NotEmpty @Size(max = 10) List<@NotNull @Valid PhaseDetails> phases,
                                     @Size(max = 50) List<@NotNull SecurityRequirement> checklist,
                                     @Size(max = 100) List<@NotNull PlannedAsset> installs) {
    public PremisesProjectDetails {
        installs = installs == null ? List.of() : installs;
    }
}
