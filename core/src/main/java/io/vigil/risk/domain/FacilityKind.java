package io.vigil.risk.domain;

/** What a facility is. A RESIDENCE is a staff residence: its data is residence data, need-to-know. */
public enum FacilityKind {
    OFFICE, RESIDENCE, GUEST_HOUSE, WAREHOUSE
}
