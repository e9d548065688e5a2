package io.vigil.liaison.port.in;

import io.vigil.liaison.domain.ContactSensitivity;
import io.vigil.liaison.domain.InformationLevel;
import io.vigil.liaison.domain.LiaisonChannel;
import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.liaison.domain.OrganisationId;
import io.vigil.liaison.domain.OrganisationKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a caller says about a contact: their organisation (of the office), name, role, channels (at
 * most {@value LiaisonContact#MAX_CHANNELS}; null: none), sensitivity, the highest level of
 * information they may be given, and their own stale threshold in days (null: their organisation
 * kind's).
 */
public record LiaisonContactDetails(@NotNull OrganisationId organisation, @NotBlank @Size(max = 200) String name,
                                    @NotBlank @Size(max = 200) String role,
                                    @Size(max = LiaisonContact.MAX_CHANNELS) List<LiaisonChannel> channels,
                                    @NotNull ContactSensitivity sensitivity, @NotNull InformationLevel clearedTo,
                                    @Min(1) @Max(OrganisationKind.MAX_STALE_DAYS) Integer staleAfterDays) {
}
