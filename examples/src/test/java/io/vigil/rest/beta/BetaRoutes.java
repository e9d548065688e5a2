package io.vigil.rest.beta;

import io.vigil.beta.domain.BetaRecord;
import io.vigil.beta.port.in.BetaUseCase;

/** Fixture for the architecture rules: an adapter that sees only a context's port.in and domain. */
public final class BetaRoutes {
    private final BetaUseCase useCase;

    public BetaRoutes(BetaUseCase useCase) {
        this.useCase = useCase;
    }

    public String name() {
        BetaRecord found = useCase.find();
        return found.name();
    }
}
