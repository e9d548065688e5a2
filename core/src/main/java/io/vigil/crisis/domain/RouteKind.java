package io.vigil.crisis.domain;

/** Whether a route is the one to take or the one to take when it is blocked. */
public enum RouteKind {
    PRIMARY,
    ALTERNATE
}
