package io.vigil.incident.domain;

/** How far what the source said has been verified. */
public enum Verification {
    UNVERIFIED, PROBABLE, CONFIRMED, DISPROVED
}
