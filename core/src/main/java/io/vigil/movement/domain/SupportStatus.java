package io.vigil.movement.domain;

/** Where a request for security support stands. */
public enum SupportStatus {
    REQUESTED, CONFIRMED, DECLINED
}
