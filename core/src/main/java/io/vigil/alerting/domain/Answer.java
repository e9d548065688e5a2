package io.vigil.alerting.domain;

/** A person's answer to "are you safe?". */
public enum Answer {
    /** "1": safe. */
    SAFE,
    /** "2": needs help. */
    NEEDS_HELP
}
