package io.vigil.risk.domain;

/** What a premises project is. */
public enum ProjectKind {
    /** Selecting a new office or residence site. */
    SELECTION,
    /** Building new premises. */
    CONSTRUCTION,
    /** Renovating premises in use. */
    RENOVATION,
    /** Moving into other premises. */
    MOVE
}
