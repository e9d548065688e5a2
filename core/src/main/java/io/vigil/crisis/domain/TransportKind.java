package io.vigil.crisis.domain;

/** How a transport option moves people. */
public enum TransportKind {
    BUS,
    VAN,
    CAR,
    AIRCRAFT,
    BOAT,
    TRAIN,
    OTHER
}
