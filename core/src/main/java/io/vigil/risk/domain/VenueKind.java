package io.vigil.risk.domain;

/** The kinds of venue the office assesses before staff use them. */
public enum VenueKind {
    HOTEL, RESTAURANT, GOVERNMENT_OFFICE, EVENT_SITE, OTHER
}
