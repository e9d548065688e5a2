package io.vigil.wiring;

import io.vigil.guard.port.out.GuardSites;
import io.vigil.kernel.paging.Page;
import io.vigil.risk.port.in.RiskUseCases;
import java.util.stream.Collectors;

/**
 * How the guard-force context reaches the risk context, built by the composition root: a post's
 * site is looked up among the office's facilities through the risk context's facilities use case.
 */
public final class GuardLinks {
    private GuardLinks() {
    }

    /** The office's facilities, listed through {@code risk.facilities()} as the caller. */
    public static GuardSites sites(RiskUseCases risk) {
        return actor -> Page.all(page -> risk.facilities().list(actor, page)).stream()
                .map(f -> f.id().value()).collect(Collectors.toUnmodifiableSet());
    }
}
