package io.vigil.people.domain;

/** How a person can be reached. */
public enum ChannelKind {
    PHONE,
    EMAIL,
    MESSAGING,
    RADIO
}
