package io.vigil.travel.port.in;

import io.vigil.kernel.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A training waiver as the security officer records it: which course, for whom, approved by whom, why, until when. */
public record WaiverDetails(@NotNull PersonId traveller, @NotBlank @Size(max = 20) String course,
                            @NotBlank @Size(max = 200) String approver, @NotBlank @Size(max = 2000) String reason,
                            @NotNull Instant validUntil) {
}
