package io.vigil.alerting.domain;

/** The names of an emergency request's states ({@link RequestState}), as stored and shown. */
public enum RequestStatus {
    OPEN, CLOSED
}
