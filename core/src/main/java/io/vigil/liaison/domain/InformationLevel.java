package io.vigil.liaison.domain;

/**
 * The classification of security information, lowest first (the UN's information sensitivity
 * levels): a contact is cleared to receive up to one level, and nothing above it is shared with them.
 */
public enum InformationLevel {
    /** May be shared with anyone. */
    PUBLIC,
    /** For the organisations the office works with. */
    INTERNAL,
    /** Only to those who need to know. */
    CONFIDENTIAL,
    /** Only to those named, under strict controls. */
    STRICTLY_CONFIDENTIAL;

    /** Whether information of this level may go to someone cleared to {@code cleared}. */
    public boolean within(InformationLevel cleared) {
        return compareTo(cleared) <= 0;
    }
}
