package io.vigil.people.domain;

/** Why the locator places a person inside an area. */
public enum SightingReason {
    RESIDENCE,
    ITINERARY_LEG,
    HOTEL_STAY,
    LAST_KNOWN_POSITION
}
