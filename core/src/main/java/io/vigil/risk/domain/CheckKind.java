package io.vigil.risk.domain;

/** The recurring checks of a security system or piece of equipment. */
public enum CheckKind {
    MAINTENANCE, TEST
}
