package io.vigil.alerting.domain;

/** Whether an emergency request still needs attention. */
public enum RequestStatus {
    OPEN, CLOSED
}
