package io.vigil.alpha.application;

import io.vigil.beta.domain.BetaRecord;
import io.vigil.beta.port.in.BetaUseCase;

/** Fixture for the architecture rule: a context that reaches into another's domain. */
public final class AlphaService {
    private final BetaUseCase allowed;

    public AlphaService(BetaUseCase allowed) {
        this.allowed = allowed;
    }

    public String name() {
        BetaRecord forbidden = allowed.find();
        return forbidden.name();
    }
}
