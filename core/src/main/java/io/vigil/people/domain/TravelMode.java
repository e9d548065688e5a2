package io.vigil.people.domain;

/** How an itinerary leg travels. */
public enum TravelMode {
    /** Only its ends place a person on the ground. */
    FLIGHT,
    /** The whole route between its ends counts. */
    ROAD,
    /** The whole route between its ends counts. */
    RIVER;

    /** Whether the traveller is on the ground along the whole leg. */
    public boolean alongRoute() {
        return this != FLIGHT;
    }
}
