package io.vigil.guard.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The officer's certification request: the violations waived, each with its reason. */
public record CertifyDetails(@Size(max = 200) List<@NotNull @Valid ViolationWaiverDetails> waivers) {
    public CertifyDetails {
        waivers = waivers == null ? List.of() : waivers;
    }
}
