package io.vigil.travel.domain;

/** How a leg of a trip travels. */
public enum TransportMode {
    AIR, ROAD, RIVER;

    /** Whether the leg moves over the ground or water, so area rules apply along its line. */
    public boolean surface() {
        return this != AIR;
    }
}
