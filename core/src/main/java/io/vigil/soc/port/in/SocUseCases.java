package io.vigil.soc.port.in;

import io.vigil.kernel.Require;

/** The SOC context's use cases, wired: the cross-office overview. */
public record SocUseCases(SocOverviewUseCase overview) {
    public SocUseCases {
        Require.nonNull(overview, "overview");
    }
}
