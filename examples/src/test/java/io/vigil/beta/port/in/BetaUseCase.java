package io.vigil.beta.port.in;

import io.vigil.beta.domain.BetaRecord;

/** Fixture for the architecture rule: another context's inbound port. */
public interface BetaUseCase {
    BetaRecord find();
}
