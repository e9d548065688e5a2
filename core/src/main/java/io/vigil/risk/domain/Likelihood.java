package io.vigil.risk.domain;

/** How likely a threat is to materialise, lowest first. */
public enum Likelihood {
    VERY_UNLIKELY, UNLIKELY, MODERATELY_LIKELY, LIKELY, VERY_LIKELY
}
