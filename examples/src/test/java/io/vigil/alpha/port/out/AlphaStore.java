package io.vigil.alpha.port.out;

/** Fixture for the architecture rules: a context's outbound port. */
public interface AlphaStore {
    String load();
}
