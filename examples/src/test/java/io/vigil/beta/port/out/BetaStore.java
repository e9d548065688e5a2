package io.vigil.beta.port.out;

import io.vigil.beta.domain.BetaRecord;

/** Fixture for the architecture rules: another context's outbound port. */
public interface BetaStore {
    BetaRecord load();
}
