package io.vigil.beta.domain;

/** Fixture for the architecture rule: another context's domain type. */
public record BetaRecord(String name) {
}
