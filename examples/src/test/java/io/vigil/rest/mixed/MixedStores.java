package io.vigil.rest.mixed;

import io.vigil.alpha.port.out.AlphaStore;
import io.vigil.beta.port.out.BetaStore;

/** Fixture for the architecture rules: a class outside the composition roots that names two contexts' ports. */
public final class MixedStores {
    private final AlphaStore alpha;
    private final BetaStore beta;

    public MixedStores(AlphaStore alpha, BetaStore beta) {
        this.alpha = alpha;
        this.beta = beta;
    }

    public String both() {
        return alpha.load() + beta.load().name();
    }
}
