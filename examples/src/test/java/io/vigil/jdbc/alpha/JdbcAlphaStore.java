package io.vigil.jdbc.alpha;

import io.vigil.alpha.port.out.AlphaStore;

/** Fixture for the architecture rules: an adapter of one context's outbound port, as it should be. */
public final class JdbcAlphaStore implements AlphaStore {
    @Override
    public String load() {
        return "alpha";
    }
}
