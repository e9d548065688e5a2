package io.vigil.people.domain;

/** Why the locator places a person inside an area. */
public enum SightingReason {
    RESIDENCE,
    ITINERARY_LEG,
    HOTEL_STAY,
    LAST_KNOWN_POSITION;

    /** The class of the person's data whose place the reason gives: their residence, or their movements. */
    public PeopleData data() {
        return this == RESIDENCE ? PeopleData.RESIDENCE : PeopleData.MOVEMENT;
    }
}
